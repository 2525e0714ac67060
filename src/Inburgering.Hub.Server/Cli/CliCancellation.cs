using System.Runtime.InteropServices;

namespace Inburgering.Hub.Server.Cli;

/// <summary>
/// Cancellation of a command-line verb on <c>SIGINT</c> (Ctrl+C) or <c>SIGTERM</c>, as the server
/// handles them: the first signal cancels <see cref="Token"/> and keeps the process alive, so a sync
/// run rolls back its open batch and is recorded as <c>Cancelled</c> before the verb returns; a second
/// signal stops the process at once (the run is then closed as <c>Abandoned</c> at the next start).
/// </summary>
internal sealed class CliCancellation : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly PosixSignalRegistration[] _registrations;
    private bool _disposed;

    public CliCancellation(CancellationToken outer)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (_source.IsCancellationRequested)
        {
            return; // the second signal: the default action ends the process
        }

        context.Cancel = true;
        Console.Error.WriteLine($"{context.Signal}: cancelling; the open batch is rolled back and the run is recorded as Cancelled (send it again to stop at once).");
        _source.Cancel();
    }
}
