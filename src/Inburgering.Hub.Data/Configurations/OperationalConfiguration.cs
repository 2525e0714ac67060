using Inburgering.Hub.Domain.Operational;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Hub.Data.Configurations;

/// <summary>Tables of the sync engine and audit: runs, state, archive, quarantine, audit log.</summary>
internal sealed class OperationalConfiguration :
    IEntityTypeConfiguration<SyncRun>,
    IEntityTypeConfiguration<ConnectorState>,
    IEntityTypeConfiguration<SourceFile>,
    IEntityTypeConfiguration<QuarantineRecord>,
    IEntityTypeConfiguration<AuditEntry>,
    IEntityTypeConfiguration<SyncRunEvent>
{
    public void Configure(EntityTypeBuilder<SyncRun> builder)
    {
        builder.ToTable("sync_runs");
        builder.HasIndex(r => new { r.Connector, r.StartedAt });
        builder.Property(r => r.Error).HasMaxLength(4000);
    }

    public void Configure(EntityTypeBuilder<ConnectorState> builder)
    {
        builder.ToTable("connector_states");
        builder.HasKey(s => new { s.Connector, s.Stream });
        builder.Property(s => s.State).HasMaxLength(8000);
    }

    public void Configure(EntityTypeBuilder<SourceFile> builder)
    {
        builder.ToTable("source_files");
        builder.Property(f => f.Name).HasMaxLength(1000);
        builder.HasIndex(f => f.Sha256);
        builder.HasIndex(f => f.RunId);
        builder.HasIndex(f => new { f.Connector, f.Stream, f.Name });
        builder.Property(f => f.ReleasedBy).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<QuarantineRecord> builder)
    {
        builder.ToTable("quarantine_records");
        builder.Property(q => q.Content).HasMaxLength(20000);
        builder.Property(q => q.Message).HasMaxLength(2000);
        builder.Property(q => q.Location).HasMaxLength(1000);
        builder.HasIndex(q => new { q.Status, q.Connector });
        builder.HasIndex(q => q.RunId);
    }

    public void Configure(EntityTypeBuilder<SyncRunEvent> builder)
    {
        builder.ToTable("sync_run_events");
        builder.HasIndex(e => e.RunId);
        builder.Property(e => e.Kind).HasMaxLength(40);
        builder.Property(e => e.Message).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasIndex(a => a.At);
        builder.Property(a => a.GemeentenTouched).HasMaxLength(1000);
    }
}
