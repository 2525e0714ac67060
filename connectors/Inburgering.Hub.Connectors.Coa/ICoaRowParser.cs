using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Coa;

/// <summary>Turns the data rows of one file into records or rejections. One instance per file.</summary>
internal interface ICoaRowParser
{
    /// <summary>The columns the header must contain.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>A <see cref="SourceRecord"/> for a good row, otherwise a <see cref="SourceRejection"/>.</summary>
    SourceMessage Parse(CsvRow row);
}
