using Inburgering.Hub.Data.Configurations;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Operational;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Data;

/// <summary>
/// The canonical store. Every entity that belongs to a gemeente carries one query filter keyed on
/// the <see cref="ICallerScope"/> this context was created for: a caller sees only rows of its own
/// gemeenten on every path (lists, lookups, navigations, counts, aggregates).
/// </summary>
public sealed class HubDbContext(DbContextOptions<HubDbContext> options, ICallerScope scope) : DbContext(options)
{
    private readonly string[] _scopeGemeenten = [.. scope.Gemeenten];

    /// <summary>Read by the query filters; EF parameterises it per context instance.</summary>
    internal bool ScopeUnrestricted { get; } = scope.IsUnrestricted;

    /// <summary>Read by the query filters; EF parameterises it per context instance.</summary>
    internal string[] ScopeGemeenten => _scopeGemeenten;

    /// <summary>Read by the quarantine filter: a hub-wide operator's gemeenten (see <see cref="ICallerScope.OperatorOfGemeenten"/>), else empty.</summary>
    internal string[] ScopeOperatorOf { get; } = [.. scope.OperatorOfGemeenten];

    /// <summary>Read by the quarantine filter: whether the caller is a hub-wide operator.</summary>
    internal bool ScopeIsOperator { get; } = scope.OperatorOfGemeenten.Count > 0;

    public ICallerScope Scope { get; } = scope;

    public DbSet<Gemeente> Gemeenten => Set<Gemeente>();

    public DbSet<Inburgeraar> Inburgeraars => Set<Inburgeraar>();

    public DbSet<Koppeling> Koppelingen => Set<Koppeling>();

    public DbSet<Taakstelling> Taakstellingen => Set<Taakstelling>();

    public DbSet<Inburgeringsplicht> Inburgeringsplichten => Set<Inburgeringsplicht>();

    public DbSet<PlichtGemeente> PlichtGemeenten => Set<PlichtGemeente>();

    public DbSet<DuoMelding> DuoMeldingen => Set<DuoMelding>();

    public DbSet<Examenonderdeel> Examenonderdelen => Set<Examenonderdeel>();

    public DbSet<TermijnVerlenging> TermijnVerlengingen => Set<TermijnVerlenging>();

    public DbSet<Boete> Boetes => Set<Boete>();

    public DbSet<BredeIntake> BredeIntakes => Set<BredeIntake>();

    public DbSet<LeerrouteDeelname> LeerrouteDeelnames => Set<LeerrouteDeelname>();

    public DbSet<Voortgangsmeting> Voortgangsmetingen => Set<Voortgangsmeting>();

    public DbSet<Pvt> Pvts => Set<Pvt>();

    public DbSet<Uitkering> Uitkeringen => Set<Uitkering>();

    public DbSet<Ontzorgtraject> Ontzorgtrajecten => Set<Ontzorgtraject>();

    public DbSet<MapTraject> MapTrajecten => Set<MapTraject>();

    public DbSet<Participatieactiviteit> Participatieactiviteiten => Set<Participatieactiviteit>();

    /// <summary>The per-person journey projection the voortgangsrapportage reads (kept by the sync engine).</summary>
    public DbSet<InburgeraarMijlpaal> InburgeraarMijlpalen => Set<InburgeraarMijlpaal>();

    public DbSet<MijlpaalGemeente> MijlpaalGemeenten => Set<MijlpaalGemeente>();

    public DbSet<SyncRun> SyncRuns => Set<SyncRun>();

    public DbSet<ConnectorState> ConnectorStates => Set<ConnectorState>();

    public DbSet<SourceFile> SourceFiles => Set<SourceFile>();

    public DbSet<QuarantineRecord> QuarantineRecords => Set<QuarantineRecord>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>What happened in sync runs besides their counts.</summary>
    public DbSet<SyncRunEvent> SyncRunEvents => Set<SyncRunEvent>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Code lists are stored by name so the tables read well in SQL and BI tools.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<string>().HaveMaxLength(400);

        // Hours, marks and amounts are aggregated in SQL (sum/avg); SQLite cannot do that on
        // decimal, and double is exact enough for them on every provider.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
        GemeenteScopeFilter.Apply(modelBuilder, this);
        WindowFunctions.Apply(modelBuilder);
    }
}
