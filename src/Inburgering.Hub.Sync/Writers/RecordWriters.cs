namespace Inburgering.Hub.Sync.Writers;

/// <summary>The engine's writers by ingest record type.</summary>
public sealed class RecordWriters(IEnumerable<IRecordWriterRegistration> registrations)
{
    private readonly Dictionary<Type, IRecordWriter> _byType = registrations.Select(r => r.Writer).ToDictionary(w => w.RecordType);

    internal IRecordWriter For(Type recordType) =>
        _byType.TryGetValue(recordType, out var writer)
            ? writer
            : throw new InvalidOperationException($"The engine has no writer for {recordType.Name}.");

    /// <summary>The writer of <paramref name="recordType"/>, or null when the engine has none.</summary>
    internal IRecordWriter? TryFor(Type recordType) => _byType.GetValueOrDefault(recordType);

    /// <summary>The record type with this full name, when the engine can write it.</summary>
    internal Type? RecordType(string fullName) => _byType.Keys.FirstOrDefault(t => t.FullName == fullName);
}
