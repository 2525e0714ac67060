namespace Inburgering.Hub.Sync.Writers;

/// <summary>Registers one writer.</summary>
internal sealed class RecordWriterRegistration<TWriter> : IRecordWriterRegistration
    where TWriter : IRecordWriter, new()
{
    public IRecordWriter Writer { get; } = new TWriter();
}
