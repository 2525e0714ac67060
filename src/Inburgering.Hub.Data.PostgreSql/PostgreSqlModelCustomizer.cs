using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Inburgering.Hub.Data.PostgreSql;

/// <summary>
/// Keeps the PostgreSQL store behaving as the SQLite one for the same input, after the shared model
/// (<see cref="HubDbContext"/>) is built:
/// <list type="bullet">
/// <item>Text columns are <c>text</c>: SQLite never enforces a declared length, so a long error
/// message or quarantined record that SQLite stores must not fail on PostgreSQL. The model's maximum
/// lengths stay as metadata.</item>
/// <item>Text is compared and sorted in the <c>C</c> collation (by code point), as SQLite's BINARY
/// collation does, whatever the database's default locale: sort orders and keyset cursors agree on
/// both engines.</item>
/// <item>Timestamps (<see cref="DateTimeOffset"/>) are written in UTC: <c>timestamptz</c> keeps the
/// instant, and Npgsql refuses any other offset.</item>
/// </list>
/// Decimals stay converted to <c>double precision</c> and <see cref="DateOnly"/> maps to <c>date</c>
/// natively, so sums and averages are computed the same way in SQL on both engines.
/// </summary>
internal sealed class PostgreSqlModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    /// <summary>PostgreSQL's built-in byte-order collation, the counterpart of SQLite's BINARY.</summary>
    private const string BinaryCollation = "C";

    private static readonly ValueConverter<DateTimeOffset, DateTimeOffset> ToUtc = new(v => v.ToUniversalTime(), v => v);

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.Customize(modelBuilder, context);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetDeclaredProperties())
            {
                var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                var converter = property.GetValueConverter();
                if ((converter?.ProviderClrType ?? property.GetProviderClrType() ?? type) == typeof(string))
                {
                    property.SetCollation(BinaryCollation);
                }

                if (type == typeof(string) && converter is null)
                {
                    property.SetColumnType("text");
                }
                else if (type == typeof(DateTimeOffset) && converter is null)
                {
                    property.SetValueConverter(ToUtc);
                }
            }
        }
    }
}
