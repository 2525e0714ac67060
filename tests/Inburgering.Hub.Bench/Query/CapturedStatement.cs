namespace Inburgering.Hub.Bench.Query;

/// <summary>One SQL query the hub ran: its text, parameter values and the time until its reader was disposed.</summary>
internal sealed record CapturedStatement(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, TimeSpan Duration);
