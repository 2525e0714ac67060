namespace Inburgering.Hub.Server.Tests.Reports;

/// <summary>Report tests share one hub with the report data set.</summary>
[CollectionDefinition(Name)]
public sealed class ReportCollection : ICollectionFixture<ReportFixture>
{
    public const string Name = "report";
}
