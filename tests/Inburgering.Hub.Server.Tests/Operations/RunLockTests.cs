using Inburgering.Hub.Data.Providers;

namespace Inburgering.Hub.Server.Tests.Operations;

/// <summary>The SQLite provider's lock: exclusive among holders (also within one process), free again once released.</summary>
public sealed class RunLockTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "inburgering-hub-lock-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_held_lock_is_refused_to_a_second_holder_until_it_is_released()
    {
        Directory.CreateDirectory(_folder);
        var database = new DatabaseEngine(new SqliteDatabaseProvider(), $"Data Source={Path.Combine(_folder, "hub.db")}");

        var first = await database.TryAcquireLockAsync("sync:COA", CancellationToken.None);
        Assert.NotNull(first);
        Assert.Null(await database.TryAcquireLockAsync("sync:COA", CancellationToken.None));
        await using (var other = await database.TryAcquireLockAsync("sync:DUO", CancellationToken.None))
        {
            Assert.NotNull(other);
        }

        await first.DisposeAsync();
        await using var again = await database.TryAcquireLockAsync("sync:COA", CancellationToken.None);
        Assert.NotNull(again);
    }

    [Fact]
    public async Task An_in_memory_database_grants_every_lock()
    {
        var database = new DatabaseEngine(new SqliteDatabaseProvider(), "Data Source=:memory:");

        await using var first = await database.TryAcquireLockAsync("sync:COA", CancellationToken.None);
        await using var second = await database.TryAcquireLockAsync("sync:COA", CancellationToken.None);

        Assert.NotNull(first);
        Assert.NotNull(second);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
