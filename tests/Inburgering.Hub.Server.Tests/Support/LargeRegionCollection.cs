namespace Inburgering.Hub.Server.Tests.Support;

/// <summary>Test classes on the large region share one hub and run one after another (the statement counter is shared).</summary>
[CollectionDefinition(Name)]
public sealed class LargeRegionCollection : ICollectionFixture<LargeRegionFixture>
{
    public const string Name = "large region";
}
