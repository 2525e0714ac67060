namespace Inburgering.Hub.Reporting;

/// <summary>A WI2021 person as DUO classifies it (projected in SQL, never materialised per person).</summary>
public sealed class PersonKlasse
{
    public long Persoon { get; set; }

    /// <summary><see cref="ReportGroep.Statushouder"/> or <see cref="ReportGroep.Gezinsmigrant"/>.</summary>
    public int Groep { get; set; }

    /// <summary>Date of the (latest) effective WI2021 kennisgeving.</summary>
    public DateOnly Kennisgeving { get; set; }
}
