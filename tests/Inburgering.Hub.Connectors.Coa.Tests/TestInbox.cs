using System.Text;
using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Coa.Tests;

/// <summary>A temporary inbox folder with COA files written as Windows-1252 bytes.</summary>
public sealed class TestInbox : IDisposable
{
    public const string KoppelingHeader =
        "koppeling_id;bsn;v_nummer;gemeente_code;koppeldatum;huisvestingsdatum;taakstelling_periode;gezin_id;gezinsrol;geboortejaar;herkomstland;nareiziger;voorinburgering;status";

    public const string TaakstellingHeader = "gemeente_code;periode;taakstelling;gerealiseerd";

    static TestInbox() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public TestInbox()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "coa-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string ProcessedPath => System.IO.Path.Combine(Path, "processed");

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public ConnectorSettings Settings(bool moveProcessed = true) => new(
    [
        new("InboxPath", Path),
        new("MoveProcessed", moveProcessed ? "true" : "false"),
    ]);

    /// <summary>Writes <paramref name="lines"/> (CRLF-separated) as Windows-1252 bytes.</summary>
    public string Write(string fileName, params string[] lines) =>
        WriteBytes(fileName, Windows1252.GetBytes(string.Join("\r\n", lines) + "\r\n"));

    public string WriteBytes(string fileName, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string CopyExample(string fileName)
    {
        var target = System.IO.Path.Combine(Path, fileName);
        File.Copy(System.IO.Path.Combine(RepoPaths.CoaExamples, fileName), target);
        return target;
    }

    public bool InInbox(string fileName) => File.Exists(System.IO.Path.Combine(Path, fileName));

    public bool InProcessed(string fileName) => File.Exists(System.IO.Path.Combine(ProcessedPath, fileName));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
