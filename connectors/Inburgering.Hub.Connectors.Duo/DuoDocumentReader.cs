using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Text;

namespace Inburgering.Hub.Connectors.Duo;

/// <summary>
/// Streams one DUO batch file with an <see cref="XmlReader"/> (DTDs prohibited, no resolver, so no
/// external or internal entities), one <c>&lt;melding&gt;</c> element at a time: the file is never
/// loaded whole. Yields a record or rejection per melding and ends with one of
/// <list type="bullet">
/// <item><see cref="ReadOutcome.Completed"/> — read to the end;</item>
/// <item><see cref="ReadOutcome.Unreadable"/> — nothing usable: not XML, a DOCTYPE, another root
/// element or namespace, or broken before the first melding (a <see cref="DocumentUnreadable"/> was yielded);</item>
/// <item><see cref="ReadOutcome.CompletedWithBrokenTail"/> — the XML breaks after one or more meldingen
/// (truncated file, broken tag): the meldingen before the break stand, and the rest of the document is
/// one <see cref="ReasonCodes.MalformedRecord"/> rejection at the line and position of the break.</item>
/// </list>
/// </summary>
internal sealed class DuoDocumentReader(DuoMeldingenFile file)
{
    /// <summary>Most characters of a broken tail kept as the rejection's raw text.</summary>
    internal const int MaxTailChars = 16_000;

    private static readonly XmlReaderSettings Settings = new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    public ReadOutcome Outcome { get; private set; }

    public async IAsyncEnumerable<SourceMessage> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = XmlReader.Create(
            new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan),
            Settings);
        var cursor = new Cursor(reader);
        var meldingen = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = await cursor.NextAsync(cancellationToken);
            switch (step)
            {
                case Step.Melding melding:
                    meldingen++;
                    yield return MeldingParser.Parse(melding.Element, file.Name, melding.Line, melding.Position);
                    break;
                case Step.End:
                    Outcome = ReadOutcome.Completed;
                    yield break;
                case Step.WrongRoot wrong:
                    Outcome = ReadOutcome.Unreadable;
                    yield return Unreadable(
                        $"the root element is '{wrong.Name}', expected 'meldingenBatch' in namespace '{MeldingParser.Ns.NamespaceName}'");
                    yield break;
                case Step.Broken broken when meldingen == 0:
                    Outcome = ReadOutcome.Unreadable;
                    yield return Unreadable($"the XML is not well-formed or not allowed at line {broken.Line}, position {broken.Position}: {broken.Reason}");
                    yield break;
                case Step.Broken broken:
                    Outcome = ReadOutcome.CompletedWithBrokenTail;
                    var from = broken.MeldingLine ?? broken.Line;
                    yield return new SourceRejection(
                        $"{file.Name}:line {broken.Line} pos {broken.Position}",
                        await TailAsync(from, cancellationToken),
                        ReasonCodes.MalformedRecord,
                        IdentifierMask.Mask(
                            $"{file.Name}: the XML breaks at line {broken.Line}, position {broken.Position} ({broken.Reason}). "
                            + $"The {meldingen} melding(en) before it were read; the rest of the document from line {from} could not be read "
                            + "and is not applied: ask DUO to deliver the file again (meldingen already loaded are not duplicated)."),
                        null,
                        null);
                    yield break;
            }
        }
    }

    private DocumentUnreadable Unreadable(string problem) =>
        new(ReasonCodes.UnreadableDocument, IdentifierMask.Mask($"{file.Name}: {problem}."));

    /// <summary>The text of the file from line <paramref name="from"/> on, at most <see cref="MaxTailChars"/> characters.</summary>
    private async Task<string> TailAsync(int from, CancellationToken cancellationToken)
    {
        var tail = new StringBuilder();
        var lineNumber = 0;
        using var text = new StreamReader(file.Path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        while (tail.Length < MaxTailChars && await text.ReadLineAsync(cancellationToken) is { } line)
        {
            if (++lineNumber >= from)
            {
                tail.Append(line).Append('\n');
            }
        }

        return tail.Length > MaxTailChars ? tail.ToString(0, MaxTailChars) : tail.ToString();
    }

    /// <summary>Walks the document to the next melding; turns an <see cref="XmlException"/> into a step.</summary>
    private sealed class Cursor(XmlReader reader)
    {
        private bool _rootSeen;

        public async Task<Step> NextAsync(CancellationToken cancellationToken)
        {
            int? meldingLine = null;
            try
            {
                while (true)
                {
                    if (!await reader.ReadAsync())
                    {
                        return new Step.End();
                    }

                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }

                    if (!_rootSeen)
                    {
                        _rootSeen = true;
                        if (reader.LocalName != "meldingenBatch" || reader.NamespaceURI != MeldingParser.Ns.NamespaceName)
                        {
                            return new Step.WrongRoot($"{{{reader.NamespaceURI}}}{reader.LocalName}");
                        }

                        continue;
                    }

                    if (reader.LocalName == "melding" && reader.NamespaceURI == MeldingParser.Ns.NamespaceName)
                    {
                        var info = (IXmlLineInfo)reader;
                        // The reader points at the element's name; report the column of its '<'.
                        var (line, position) = (info.LineNumber, Math.Max(1, info.LinePosition - 1));
                        meldingLine = line;
                        // Only this element: the reader stops on its end tag, so a break after it belongs to the rest.
                        XElement element;
                        using (var subtree = reader.ReadSubtree())
                        {
                            element = await XElement.LoadAsync(subtree, LoadOptions.None, cancellationToken);
                        }

                        return new Step.Melding(element, line, position);
                    }

                    // Any other element (a wrapper, an unexpected nesting): look inside it.
                }
            }
            catch (XmlException ex)
            {
                return new Step.Broken(ex.LineNumber, ex.LinePosition, ex.Message, meldingLine);
            }
        }
    }

    private abstract record Step
    {
        public sealed record Melding(XElement Element, int Line, int Position) : Step;

        public sealed record End : Step;

        public sealed record WrongRoot(string Name) : Step;

        public sealed record Broken(int Line, int Position, string Reason, int? MeldingLine) : Step;
    }
}

/// <summary>How reading a document ended.</summary>
internal enum ReadOutcome
{
    Completed,
    CompletedWithBrokenTail,
    Unreadable,
}
