namespace Inburgering.Hub.Sync.Writers;

/// <summary>Public handle by which the engine's writers are registered in DI.</summary>
public interface IRecordWriterRegistration
{
    internal IRecordWriter Writer { get; }
}
