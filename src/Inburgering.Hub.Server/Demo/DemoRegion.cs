namespace Inburgering.Hub.Server.Demo;

/// <summary>The generated region: every person's journey, from which each partner's files are written.</summary>
internal sealed record DemoRegion(DateOnly ExportDate, IReadOnlyList<DemoPerson> Persons, IReadOnlyList<DemoTaakstelling> Taakstellingen);
