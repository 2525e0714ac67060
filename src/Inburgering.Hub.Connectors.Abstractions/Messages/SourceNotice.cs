namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>
/// Something the connector did that a beheerder should see in the run history although it changes no
/// data: an expired cursor chain restarted, a token renewed after a 401, retries. The engine keeps it
/// as an event of the run (<c>syncRun { events }</c>) and logs it at Information. May come anywhere
/// in the stream, inside or between documents.
/// </summary>
/// <param name="Kind">Stable upper-case kind, at most 40 characters, e.g. <c>CURSOR_RESTARTED</c>.</param>
/// <param name="Message">What happened, without personal data (BSNs are masked anyway).</param>
/// <param name="Count">The number it is about, when there is one.</param>
public sealed record SourceNotice(string Kind, string Message, int? Count = null) : SourceMessage;
