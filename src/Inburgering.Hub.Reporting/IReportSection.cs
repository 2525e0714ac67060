namespace Inburgering.Hub.Reporting;

/// <summary>One section of the voortgangsrapportage: the facts it counts, as one SQL query.</summary>
public interface IReportSection
{
    /// <summary>The facts of the section within <paramref name="scope"/>'s period and gemeenten.</summary>
    IQueryable<ReportFact> Facts(ReportScope scope);
}
