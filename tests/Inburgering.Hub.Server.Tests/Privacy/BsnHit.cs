namespace Inburgering.Hub.Server.Tests.Privacy;

/// <summary>A value that passes the BSN elfproef, where it was found; <see cref="Excerpt"/> never shows the number.</summary>
/// <param name="Source">Table, or file.</param>
/// <param name="Column">Column, or line number of a file.</param>
/// <param name="Row">SQLite rowid (or row number), or null for a file.</param>
/// <param name="Excerpt">The surroundings, with the number and any other 9-digit run masked.</param>
public sealed record BsnHit(string Source, string Column, long? Row, string Excerpt)
{
    public override string ToString() => $"{Source}.{Column}{(Row is { } r ? $" rowid {r}" : "")}: …{Excerpt}…";
}
