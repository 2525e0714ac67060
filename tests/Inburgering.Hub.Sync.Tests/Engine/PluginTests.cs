using System.Runtime.Loader;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Engine;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Sync.Tests.Engine;

/// <summary>A third party's connector, built against the SDK only, dropped into the plug-in folder.</summary>
[Trait("Category", "Integration")]
public sealed class PluginTests
{
    private const string SampleName = "sample-participatie";

    [Fact]
    public async Task A_connector_dropped_in_the_plugin_folder_is_installed_isolated_and_runs()
    {
        var folder = Path.Combine(Path.GetTempPath(), "inburgering-hub-sync-tests", Guid.NewGuid().ToString("N"));
        var plugin = Path.Combine(folder, "plugins", "sample");
        var inbox = Path.Combine(folder, "inbox");
        Directory.CreateDirectory(plugin);
        Directory.CreateDirectory(inbox);
        foreach (var file in Directory.GetFiles(SampleOutput(), "Inburgering.Hub.Connectors.Sample.*"))
        {
            File.Copy(file, Path.Combine(plugin, Path.GetFileName(file)));
        }

        await File.WriteAllTextAsync(
            Path.Combine(inbox, "participatie-20240105.jsonl"),
            $$"""{"id":"P-1","bsn":"{{TestBsns.A}}","gemeenteCode":"GM0405","soort":"WERKSTAGE","startdatum":"2024-01-08","einddatum":null,"urenPerWeek":16}""" + "\n");

        await using var hub = await HubTestHost.StartAsync(
            folder: folder,
            overrides: new Dictionary<string, string?>
            {
                ["Hub:Plugins:Path"] = Path.Combine(folder, "plugins"),
                [$"Hub:Connectors:{SampleName}:Settings:InboxPath"] = inbox,
            });
        var catalog = hub.Services.GetRequiredService<ConnectorCatalog>();

        var connector = catalog.Get(SampleName);
        var run = await hub.Engine.RunAsync(SampleName, SyncTrigger.Schedule, CancellationToken.None);

        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(connector.GetType().Assembly));
        Assert.Contains(catalog.All, c => c.Manifest.Name == ScriptedConnector.ConnectorName);
        Assert.Equal(SyncRunStatus.Succeeded, run.Status);
        Assert.Equal(1, run.Inserted);
        await using var db = hub.System();
        var row = await db.Participatieactiviteiten.SingleAsync();
        Assert.Equal(SampleName, row.SourceConnector);
        Assert.Equal(16, row.UrenPerWeek);
    }

    [Fact]
    public async Task A_plugin_folder_of_two_assemblies_loads_into_one_context_sharing_the_SDK_of_the_hub()
    {
        var folder = Path.Combine(Path.GetTempPath(), "inburgering-hub-sync-tests", Guid.NewGuid().ToString("N"));
        var plugin = Path.Combine(folder, "plugins", "westfriesland-extra");
        Directory.CreateDirectory(plugin);
        foreach (var file in Directory.GetFiles(SampleOutput(), "Inburgering.Hub.Connectors.Sample.*")
            .Concat(Directory.GetFiles(ConnectorOutput("Coa"), "Inburgering.Hub.Connectors.Coa.*")))
        {
            File.Copy(file, Path.Combine(plugin, Path.GetFileName(file)));
        }

        // A published plug-in carries its own copy of the SDK: the hub's must win.
        var sdk = typeof(Inburgering.Hub.Connectors.Abstractions.IConnector).Assembly;
        File.Copy(sdk.Location, Path.Combine(plugin, Path.GetFileName(sdk.Location)));

        await using var hub = await HubTestHost.StartAsync(
            folder: folder,
            overrides: new Dictionary<string, string?> { ["Hub:Plugins:Path"] = Path.Combine(folder, "plugins") });
        var catalog = hub.Services.GetRequiredService<ConnectorCatalog>();

        var sample = catalog.Get(SampleName);
        var coa = catalog.Get("coa");
        var sampleContext = AssemblyLoadContext.GetLoadContext(sample.GetType().Assembly)!;
        var coaContext = AssemblyLoadContext.GetLoadContext(coa.GetType().Assembly)!;

        Assert.Same(sampleContext, coaContext);
        Assert.NotSame(AssemblyLoadContext.Default, sampleContext);
        Assert.Equal("plugin:westfriesland-extra", sampleContext.Name);
        Assert.Equal(
            ["Inburgering.Hub.Connectors.Coa", "Inburgering.Hub.Connectors.Sample"],
            sampleContext.Assemblies.Select(a => a.GetName().Name).Order(StringComparer.Ordinal));
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(sdk));
        Assert.Equal("1.0.0", coa.Manifest.Version);
    }

    /// <summary>The sample connector's build output (same configuration as this test assembly).</summary>
    private static string SampleOutput() => ConnectorOutput("Sample");

    /// <summary>The build output of <c>connectors/Inburgering.Hub.Connectors.{name}</c> (same configuration as this test assembly).</summary>
    private static string ConnectorOutput(string name)
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = bin.Name;
        var configuration = bin.Parent!.Name;
        var root = bin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Inburgering.Hub.sln")))
        {
            root = root.Parent;
        }

        var output = Path.Combine(root!.FullName, "connectors", $"Inburgering.Hub.Connectors.{name}", "bin", configuration, tfm);
        Assert.True(Directory.Exists(output), $"Build the {name} connector first: {output} is missing.");
        return output;
    }
}
