using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Inburgering.Hub.Domain.Operational;
using Microsoft.Extensions.Logging;

namespace Inburgering.Hub.Reporting.Audit;

/// <summary>
/// The audit queue: requests hand their <see cref="AuditEntry"/> over without waiting for the
/// database; <see cref="AuditWriter"/> stores them in batches. A full queue never fails or delays a
/// request, but is logged as an error with the entry's content (never a silent drop).
/// </summary>
public sealed partial class AuditTrail(ILogger<AuditTrail> logger, TimeProvider time)
{
    public const string Ok = "ok";
    public const string Error = "error";
    public const string Forbidden = "forbidden";

    public const int Capacity = 10_000;

    private readonly Channel<AuditEntry> _channel = Channel.CreateBounded<AuditEntry>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    internal ChannelReader<AuditEntry> Reader => _channel.Reader;

    /// <summary>Queues an entry for <paramref name="user"/>; never throws and never blocks.</summary>
    public void Record(
        ClaimsPrincipal? user, string? operationName, string document, IEnumerable<string> gemeenten, int rows, TimeSpan duration, string outcome)
    {
        var entry = new AuditEntry
        {
            At = time.GetUtcNow(),
            Subject = user?.Identity?.Name ?? user?.FindFirst("sub")?.Value ?? "",
            Roles = string.Join(',', (user?.FindAll("role") ?? []).Select(c => c.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
            OperationName = operationName,
            DocumentHash = Hash(document),
            GemeentenTouched = string.Join(',', gemeenten.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
            RowsReturned = rows,
            DurationMs = duration.TotalMilliseconds,
            Outcome = outcome,
        };
        if (!_channel.Writer.TryWrite(entry))
        {
            LogDropped(entry.Subject, entry.Roles, entry.OperationName, entry.DocumentHash, entry.GemeentenTouched, entry.RowsReturned, entry.Outcome);
        }
    }

    /// <summary>Lowercase hex SHA-256 of the UTF-8 document.</summary>
    public static string Hash(string document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit queue full ({Capacity} entries): not stored: subject {Subject}, roles {Roles}, operation {Operation}, document {Hash}, gemeenten {Gemeenten}, rows {Rows}, outcome {Outcome}")]
    private partial void LogDropped(string subject, string roles, string? operation, string hash, string gemeenten, int rows, string outcome, int capacity = Capacity);
}
