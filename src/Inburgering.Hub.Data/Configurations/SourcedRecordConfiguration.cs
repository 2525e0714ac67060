using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Hub.Data.Configurations;

/// <summary>Table mapping shared by every sourced canonical entity: provenance keys and indexes.</summary>
internal abstract class SourcedRecordConfiguration<T>(string table) : IEntityTypeConfiguration<T>
    where T : SourcedRecord
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.SourceConnector).HasMaxLength(64).IsRequired();
        builder.Property(e => e.SourceStream).HasMaxLength(64).IsRequired();
        builder.Property(e => e.SourceId).HasMaxLength(200).IsRequired();
        builder.Property(e => e.ContentHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(e => new { e.SourceConnector, e.SourceStream, e.SourceId }).IsUnique();
        builder.HasIndex(e => e.LastSeenFileId);
        if (typeof(IGemeenteScoped).IsAssignableFrom(typeof(T)))
        {
            builder.Property(nameof(IGemeenteScoped.GemeenteCode)).HasMaxLength(6).IsRequired();
            builder.HasIndex(nameof(IGemeenteScoped.GemeenteCode));
        }

        if (typeof(PersonFact).IsAssignableFrom(typeof(T)))
        {
            builder.HasIndex(nameof(PersonFact.InburgeraarId));
            builder.HasOne(typeof(Inburgeraar), nameof(PersonFact.Inburgeraar))
                .WithMany()
                .HasForeignKey(nameof(PersonFact.InburgeraarId))
                .OnDelete(DeleteBehavior.Restrict);
        }

        ConfigureEntity(builder);
    }

    protected virtual void ConfigureEntity(EntityTypeBuilder<T> builder)
    {
    }
}
