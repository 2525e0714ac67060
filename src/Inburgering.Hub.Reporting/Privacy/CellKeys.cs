using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Inburgering.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Reporting.Privacy;

/// <summary>
/// The cell-key method for figures that include persons of gemeenten the caller has no rows of
/// (README "Regio figures: the cell-key method"). Every unit has a fixed secret record key: for a person
/// HMAC-SHA256(secret, pseudonym) (the BSN pseudonym, else the V-nummer pseudonym); for a unit that is not
/// a person (a PIP, an ontzorgtraject, a taakstelling row) HMAC-SHA256(secret, kind:id). Record keys are
/// 64-bit numbers read as fractions of 2^64; a cell's key is their sum modulo 2^64 — exact and independent
/// of order, so exactly the same units give exactly the same key whichever query produced the cell —
/// read as a number in [0, 1). <see cref="PerturbationTable"/> maps (count, cell key) to the published count.
/// </summary>
public sealed class CellKeys(byte[] secret, PerturbationTable table)
{
    private const int Chunk = 20_000;

    /// <summary>The perturbation table in use.</summary>
    public PerturbationTable Table { get; } = table;

    /// <summary>The record key of a person with pseudonym <paramref name="pseudoniem"/>.</summary>
    public ulong PersonKey(string pseudoniem)
    {
        ArgumentNullException.ThrowIfNull(pseudoniem);
        return Hash("persoon:" + pseudoniem);
    }

    /// <summary>The record key of a unit that is not a person: <paramref name="kind"/> (e.g. <c>pip</c>) and its id.</summary>
    public ulong UnitKey(string kind, long id) => Hash(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kind}:{id}"));

    /// <summary>The cell key of a cell of units with these record keys, in [0, 1).</summary>
    public static double CellKey(IEnumerable<ulong> recordKeys)
    {
        ArgumentNullException.ThrowIfNull(recordKeys);
        ulong sum = 0;
        foreach (var key in recordKeys)
        {
            sum = unchecked(sum + key);
        }

        return (sum >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>The published count of a cell of <paramref name="recordKeys"/> (its true count is their number).</summary>
    public int Publish(IReadOnlyCollection<ulong> recordKeys)
    {
        ArgumentNullException.ThrowIfNull(recordKeys);
        return Table.Perturb(recordKeys.Count, CellKey(recordKeys));
    }

    /// <summary>
    /// The record keys of the persons with ids <paramref name="ids"/>, read as a projection (id and
    /// pseudonyms, never an entity) outside the caller's row filter: a person counted through a fact of an
    /// aggregate-only gemeente may be registered with another gemeente. Pseudonyms never leave this method.
    /// </summary>
    public async Task<Dictionary<long, ulong>> PersonKeysAsync(HubDbContext db, IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var keys = new Dictionary<long, ulong>();
        foreach (var chunk in ids.Distinct().Chunk(Chunk))
        {
            var rows = await db.Inburgeraars.IgnoreQueryFilters().AsNoTracking()
                .Where(i => EF.Parameter(chunk).Contains(i.Id)) // one (JSON / array) parameter, not one per id
                .Select(i => new { i.Id, i.Pseudoniem, i.VNummerPseudoniem })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                var pseudoniem = row.Pseudoniem ?? row.VNummerPseudoniem;
                keys[row.Id] = pseudoniem is null ? UnitKey("inburgeraar", row.Id) : PersonKey(pseudoniem);
            }
        }

        return keys;
    }

    private ulong Hash(string input)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(input), mac);
        return BinaryPrimitives.ReadUInt64BigEndian(mac);
    }
}
