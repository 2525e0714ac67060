namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>
/// What a connector yields while reading a stream. A stream is a sequence of documents (a file, an
/// API page): <see cref="DocumentStarted"/>, then records, rejections and tombstones, then
/// <see cref="DocumentCompleted"/> or <see cref="DocumentUnreadable"/>.
/// </summary>
public abstract record SourceMessage;
