namespace Inburgering.Hub.Server.Tests.Support;

/// <summary>Test classes that read the small fixed region share one hub.</summary>
[CollectionDefinition(Name)]
public sealed class RegionCollection : ICollectionFixture<RegionFixture>
{
    public const string Name = "region";
}
