using Inburgering.Hub.Sync.Persons;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>
/// The database-free part of writing one record, done ahead of its batch (on the engine's read-ahead
/// thread, while the previous batch is written): the validation verdict, the person's pseudonymous key
/// (the two HMACs), the mapped entity and its content hash. Exactly what the writer would compute from
/// the record itself, so a prepared record and an unprepared one are written the same way.
/// </summary>
/// <param name="Rejection">Why the record is refused, or null.</param>
/// <param name="Key">The person's key (null for records not about a person, or without a valid key).</param>
/// <param name="Entity">The mapped entity (null when refused); the writer fills in its provenance.</param>
/// <param name="Hash">The content hash of <paramref name="Entity"/> (null when refused).</param>
internal sealed record PreparedRecord(Rejection? Rejection, PersonKey? Key, object? Entity, string? Hash);
