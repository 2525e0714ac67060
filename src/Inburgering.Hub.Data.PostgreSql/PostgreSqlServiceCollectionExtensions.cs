using Inburgering.Hub.Data.Providers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inburgering.Hub.Data.PostgreSql;

/// <summary>Makes <c>Hub:Database:Provider=PostgreSql</c> available beside the default SQLite.</summary>
public static class PostgreSqlServiceCollectionExtensions
{
    public static IServiceCollection AddHubPostgreSql(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDatabaseProvider, PostgreSqlDatabaseProvider>());
        return services;
    }
}
