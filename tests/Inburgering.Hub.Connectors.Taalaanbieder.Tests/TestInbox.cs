using System.Text;
using Inburgering.Hub.Connectors.Abstractions;
using Microsoft.Extensions.Configuration;

namespace Inburgering.Hub.Connectors.Taalaanbieder.Tests;

/// <summary>
/// A temporary inbox with one subfolder per aanbieder, and connector settings built the way the
/// engine builds them: the flat <c>Hub:Connectors:taalaanbieder:Settings</c> section of configuration.
/// </summary>
public sealed class TestInbox : IDisposable
{
    static TestInbox() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public TestInbox()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "taal-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Extra settings (e.g. a third aanbieder), as flat configuration keys below Settings.</summary>
    public Dictionary<string, string?> Extra { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The settings of the shipped appsettings.json (FIOLET, NLTRAINING) plus <see cref="Extra"/>, on this inbox.</summary>
    public ConnectorSettings Settings(bool moveProcessed = true)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(RepoPaths.ServerAppSettings, optional: false)
            .AddInMemoryCollection(Extra.ToDictionary(e => $"Hub:Connectors:taalaanbieder:Settings:{e.Key}", e => e.Value))
            .Build();
        var values = configuration.GetSection("Hub:Connectors:taalaanbieder:Settings")
            .AsEnumerable(makePathsRelative: true)
            .Where(kv => kv.Value is not null)
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase);
        values["InboxPath"] = Path;
        values["MoveProcessed"] = moveProcessed ? "true" : "false";
        return new ConnectorSettings(values);
    }

    public string Folder(string aanbieder) => System.IO.Path.Combine(Path, aanbieder);

    public string Write(string folder, string fileName, Encoding encoding, bool bom, params string[] lines)
    {
        var preamble = bom ? Encoding.UTF8.GetPreamble() : [];
        return WriteBytes(folder, fileName, [.. preamble, .. encoding.GetBytes(string.Join("\r\n", lines) + "\r\n")]);
    }

    public string WriteBytes(string folder, string fileName, byte[] bytes)
    {
        Directory.CreateDirectory(Folder(folder));
        var path = System.IO.Path.Combine(Folder(folder), fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void CopyExample(string folder, string fileName)
    {
        Directory.CreateDirectory(Folder(folder));
        File.Copy(System.IO.Path.Combine(RepoPaths.Examples, folder, fileName), System.IO.Path.Combine(Folder(folder), fileName));
    }

    public bool InInbox(string folder, string fileName) => File.Exists(System.IO.Path.Combine(Folder(folder), fileName));

    public bool InProcessed(string folder, string fileName) => File.Exists(System.IO.Path.Combine(Folder(folder), "processed", fileName));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
