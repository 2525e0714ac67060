using System.Globalization;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Http;

namespace Inburgering.Hub.Connectors.WerkSaam;

/// <summary>
/// The connector's settings (<c>Hub:Connectors:werksaam:Settings:*</c>), read once per run.
/// </summary>
internal sealed record WerkSaamSettings(
    Uri BaseUrl,
    string ClientId,
    string ClientSecret,
    int PageSize,
    TimeSpan AttemptTimeout,
    TimeSpan TotalTimeout,
    int MaxRetries,
    TimeSpan RetryBaseDelay,
    TimeSpan MaxRetryAfter,
    int MaxPages)
{
    /// <summary>The timeouts and retries as the SDK's resilience pipeline takes them.</summary>
    public HttpResilienceOptions Resilience =>
        new(WerkSaamConnector.Name, TotalTimeout, AttemptTimeout, MaxRetries, RetryBaseDelay, MaxRetryAfter);

    public const string BaseUrlKey = "BaseUrl";
    public const string ClientIdKey = "ClientId";
    public const string ClientSecretKey = "ClientSecret";
    public const string PageSizeKey = "PageSize";
    public const string AttemptTimeoutSecondsKey = "AttemptTimeoutSeconds";
    public const string TotalTimeoutSecondsKey = "TotalTimeoutSeconds";
    public const string MaxRetriesKey = "MaxRetries";
    public const string RetryBaseDelayMillisecondsKey = "RetryBaseDelayMilliseconds";
    public const string MaxRetryAfterSecondsKey = "MaxRetryAfterSeconds";
    public const string MaxPagesKey = "MaxPages";

    public const string DefaultPageSize = "200";
    public const string DefaultAttemptTimeoutSeconds = "30";
    public const string DefaultTotalTimeoutSeconds = "300";
    public const string DefaultMaxRetries = "5";
    public const string DefaultRetryBaseDelayMilliseconds = "1000";
    public const string DefaultMaxRetryAfterSeconds = "120";
    public const string DefaultMaxPages = "100000";

    /// <summary>Every setting, for the manifest.</summary>
    public static IReadOnlyList<SettingDescriptor> Descriptors { get; } =
    [
        new(BaseUrlKey, "Base URL of the WerkSaam API, e.g. https://api.werksaam.example/ (http or https).", Required: true),
        new(ClientIdKey, "OAuth2 client id (client credentials).", Required: true),
        new(ClientSecretKey, "OAuth2 client secret; set it through Hub__Connectors__werksaam__Settings__ClientSecret, never in a file.", Required: true, Secret: true),
        new(PageSizeKey, "Items per page (limit), 1–500.", Default: DefaultPageSize),
        new(AttemptTimeoutSecondsKey, "Timeout of one HTTP attempt, in seconds (decimals allowed).", Default: DefaultAttemptTimeoutSeconds),
        new(TotalTimeoutSecondsKey, "Timeout of one request including its retries, in seconds.", Default: DefaultTotalTimeoutSeconds),
        new(MaxRetriesKey, "Retries of a request after 429, 5xx, 408, a timeout or a network error (0–20).", Default: DefaultMaxRetries),
        new(RetryBaseDelayMillisecondsKey, "Base delay of the exponential back-off with jitter, in milliseconds (a Retry-After header wins).", Default: DefaultRetryBaseDelayMilliseconds),
        new(MaxRetryAfterSecondsKey, "Longest Retry-After the connector honours, in seconds; a longer one is capped.", Default: DefaultMaxRetryAfterSeconds),
        new(MaxPagesKey, "Most pages of one cursor chain (1–10000000); a repeated cursor or more pages fail the stream (no-progress paging).", Default: DefaultMaxPages),
    ];

    /// <summary>Reads and validates the settings; throws <see cref="ConnectorSettingsException"/> naming the bad key.</summary>
    public static WerkSaamSettings From(ConnectorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var baseUrlText = settings.Require(BaseUrlKey);
        if (!Uri.TryCreate(baseUrlText, UriKind.Absolute, out var baseUrl)
            || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(baseUrl.UserInfo))
        {
            throw new ConnectorSettingsException($"Setting '{BaseUrlKey}' must be an absolute http(s) URL without credentials; got '{baseUrlText}'.");
        }

        // A base with a path (https://host/werksaam) keeps it: relative URLs are resolved below it.
        if (!baseUrl.AbsolutePath.EndsWith('/'))
        {
            baseUrl = new Uri(baseUrl.GetLeftPart(UriPartial.Path) + "/");
        }

        return new WerkSaamSettings(
            baseUrl,
            settings.Require(ClientIdKey),
            settings.Require(ClientSecretKey),
            Int(settings, PageSizeKey, DefaultPageSize, 1, 500),
            Seconds(settings, AttemptTimeoutSecondsKey, DefaultAttemptTimeoutSeconds),
            Seconds(settings, TotalTimeoutSecondsKey, DefaultTotalTimeoutSeconds),
            Int(settings, MaxRetriesKey, DefaultMaxRetries, 0, 20),
            TimeSpan.FromMilliseconds(Int(settings, RetryBaseDelayMillisecondsKey, DefaultRetryBaseDelayMilliseconds, 0, 600_000)),
            Seconds(settings, MaxRetryAfterSecondsKey, DefaultMaxRetryAfterSeconds),
            Int(settings, MaxPagesKey, DefaultMaxPages, 1, 10_000_000));
    }

    /// <summary>Identifies a configuration: equal keys share one HTTP pipeline and token cache.</summary>
    public string CacheKey =>
        string.Join(
            '\u001f',
            BaseUrl.AbsoluteUri,
            ClientId,
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ClientSecret))),
            AttemptTimeout.Ticks.ToString(CultureInfo.InvariantCulture),
            TotalTimeout.Ticks.ToString(CultureInfo.InvariantCulture),
            MaxRetries.ToString(CultureInfo.InvariantCulture),
            RetryBaseDelay.Ticks.ToString(CultureInfo.InvariantCulture),
            MaxRetryAfter.Ticks.ToString(CultureInfo.InvariantCulture));

    private static int Int(ConnectorSettings settings, string key, string fallback, int min, int max)
    {
        var text = settings.Get(key, fallback)!;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ConnectorSettingsException(
                string.Create(CultureInfo.InvariantCulture, $"Setting '{key}' must be a whole number from {min} to {max}; got '{text}'."));
    }

    private static TimeSpan Seconds(ConnectorSettings settings, string key, string fallback)
    {
        var text = settings.Get(key, fallback)!;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 86_400
            ? TimeSpan.FromSeconds(value)
            : throw new ConnectorSettingsException($"Setting '{key}' must be a number of seconds above 0; got '{text}'.");
    }
}
