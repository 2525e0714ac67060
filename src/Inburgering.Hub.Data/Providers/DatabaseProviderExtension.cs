using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Data.Providers;

/// <summary>
/// Carries the <see cref="IDatabaseProvider"/> that configured a context's options, so code that holds
/// only a context (the sync writers' bulk insert) reaches the provider instead of testing provider names.
/// </summary>
public static class DatabaseProviderExtension
{
    /// <summary>Records <paramref name="provider"/> on <paramref name="builder"/> (done by <c>AddHubData</c>).</summary>
    public static DbContextOptionsBuilder UseHubDatabaseProvider(this DbContextOptionsBuilder builder, IDatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(provider);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new Extension(provider));
        return builder;
    }

    /// <summary>The provider that configured <paramref name="db"/>.</summary>
    /// <exception cref="InvalidOperationException">The options were not built with <see cref="UseHubDatabaseProvider"/>.</exception>
    public static IDatabaseProvider DatabaseProvider(this DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GetService<IDbContextOptions>().FindExtension<Extension>()?.Provider
            ?? throw new InvalidOperationException("This context's options carry no IDatabaseProvider: build them with AddHubData (or UseHubDatabaseProvider).");
    }

    private sealed class Extension(IDatabaseProvider provider) : IDbContextOptionsExtension
    {
        public IDatabaseProvider Provider { get; } = provider;

        public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

        public void ApplyServices(IServiceCollection services)
        {
        }

        public void Validate(IDbContextOptions options)
        {
        }

        private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
        {
            public override bool IsDatabaseProvider => false;

            public override string LogFragment => "";

            public override int GetServiceProviderHashCode() => 0;

            public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

            public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
            {
            }
        }
    }
}
