namespace Inburgering.Hub.Server.Tests.Demo;

/// <summary>Tests sharing one hub loaded with the demo region (it takes a while to ingest).</summary>
[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoHubFactory>
{
    public const string Name = "demo region";
}
