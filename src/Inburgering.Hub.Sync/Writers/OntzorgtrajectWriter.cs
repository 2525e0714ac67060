using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Values;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>Financieel ontzorgen (WerkSaam); the posten list becomes <see cref="OntzorgPost"/> flags.</summary>
internal sealed class OntzorgtrajectWriter : RecordWriter<OntzorgtrajectRecord, Ontzorgtraject>
{
    private static readonly string None = CodeList<OntzorgPost>.ToCode(OntzorgPost.None);

    protected override Rejection? Validate(OntzorgtrajectRecord record) =>
        Posten(record.Posten)
        ?? (record.GeplandeEinddatum < record.Startdatum
            ? new Rejection(ReasonCodes.InvalidValue, $"geplandeEinddatum {record.GeplandeEinddatum:yyyy-MM-dd} lies before startdatum {record.Startdatum:yyyy-MM-dd}.")
            : null)
        ?? (record.VerlengdTot is { } verlengd && verlengd < record.GeplandeEinddatum
            ? new Rejection(ReasonCodes.InvalidValue, $"verlengdTot {verlengd:yyyy-MM-dd} lies before geplandeEinddatum {record.GeplandeEinddatum:yyyy-MM-dd}.")
            : null);

    protected override Ontzorgtraject Map(OntzorgtrajectRecord record) => WerkSaamMapper.ToOntzorgtraject(record);

    private static Rejection? Posten(IReadOnlyList<string> posten)
    {
        foreach (var post in posten)
        {
            if (string.Equals(post, None, StringComparison.Ordinal))
            {
                return new Rejection(ReasonCodes.UnknownCode, $"posten '{post}' is not a known code (expected a subset of HUUR, ZORGVERZEKERING, ENERGIE, WATER).");
            }

            if (Code<OntzorgPost>(post, "posten") is { } rejection)
            {
                return rejection;
            }
        }

        return null;
    }
}
