using System.Globalization;
using System.Text;

namespace Inburgering.Hub.Connectors.Taalaanbieder;

/// <summary>
/// How to read one aanbieder's files, from configuration (<c>Aanbieders:&lt;CODE&gt;:*</c>): folder,
/// delimiter, encoding, date format, decimal separator, the column per canonical field and the
/// translation of the aanbieder's values to canonical codes.
/// </summary>
internal sealed class AanbiederMapping
{
    public required string Code { get; init; }

    /// <summary>Subfolder of the inbox holding this aanbieder's files.</summary>
    public required string Folder { get; init; }

    public required char Delimiter { get; init; }

    /// <summary>The configured encoding name: <c>utf-8</c>, <c>utf-8-bom</c> or <c>windows-1252</c>.</summary>
    public required string EncodingName { get; init; }

    public required Encoding Encoding { get; init; }

    public required string DateFormat { get; init; }

    public required NumberFormatInfo NumberFormat { get; init; }

    /// <summary>Header name per canonical field (only the mapped fields).</summary>
    public required IReadOnlyDictionary<string, string> Columns { get; init; }

    /// <summary>Per canonical field: the aanbieder's value (case-insensitive) to the canonical value.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Values { get; init; }

    public bool IsWindows1252 => EncodingName == TaalaanbiederSettings.Windows1252;

    /// <summary>The header name of <paramref name="field"/>, or null when the mapping leaves it out.</summary>
    public string? ColumnOf(string field) => Columns.GetValueOrDefault(field);
}
