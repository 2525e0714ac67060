using Inburgering.Hub.Reporting.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.IdentityModel.Tokens;
using Polly;

namespace Inburgering.Hub.Server.Auth;

/// <summary>
/// JWT bearer authentication. Production: tokens of the OpenID Connect provider <c>Hub:Auth:Authority</c>,
/// RS256 or ES256 only, keys from its JWKS (<see cref="AuthorityMetadata"/>), issuer from its discovery
/// document, audience, lifetime and clock skew from <see cref="AuthOptions"/>. Development (or
/// <see cref="AuthOptions.AllowSigningKeyOutsideDevelopment"/>): HS256 tokens of the <c>token</c> verb,
/// the only place a symmetric key is accepted. Every authenticated principal is translated into the
/// hub's claims (<see cref="HubClaimsTransformation"/>), and the default policy wants at least one hub
/// role: a token that maps to none gets <c>403</c> (<see cref="ChallengeResponse.WriteForbiddenAsync(ForbiddenContext)"/>).
/// </summary>
internal static class AuthenticationSetup
{
    /// <summary>The algorithms accepted for provider tokens.</summary>
    public static readonly IReadOnlyList<string> ProviderAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256];

    public static IServiceCollection AddHubAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton(sp => sp.GetRequiredService<AuthOptions>().Claims);
        services.AddSingleton<ClaimMappings>();
        services.AddSingleton<AuthorityMetadata>();
        services.AddTransient<IClaimsTransformation, HubClaimsTransformation>();
        services.AddHttpClient(AuthorityMetadata.HttpClientName)
            .AddResilienceHandler("authority", pipeline =>
            {
                // Short: a request waits for this when a token names an unknown key.
                pipeline.AddTimeout(TimeSpan.FromSeconds(10));
                pipeline.AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 1, Delay = TimeSpan.FromMilliseconds(200), BackoffType = DelayBackoffType.Constant });
                pipeline.AddTimeout(TimeSpan.FromSeconds(4));
            });
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o => o.Events = new JwtBearerEvents
            {
                OnChallenge = ChallengeResponse.WriteAsync,
                OnForbidden = ChallengeResponse.WriteForbiddenAsync,
            });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<AuthOptions, AuthorityMetadata>((o, options, metadata) =>
            {
                o.MapInboundClaims = false;
                o.Audience = options.Audience;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateAudience = true,
                    ValidAudience = options.Audience,
                    ValidateIssuer = true,
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ClockSkew = options.ClockSkew,
                    NameClaimType = HubClaims.Subject,
                    RoleClaimType = HubClaims.Role,
                };
                if (options.UsesAuthority)
                {
                    o.Authority = options.Authority;
                    o.RequireHttpsMetadata = options.RequireHttpsMetadata;
                    o.ConfigurationManager = metadata;
                    o.RefreshOnIssuerKeyNotFound = true;
                    o.TokenValidationParameters.ValidAlgorithms = ProviderAlgorithms;
                    o.TokenValidationParameters.ValidIssuers = options.ValidIssuers?.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
                }
                else
                {
                    o.TokenValidationParameters.ValidIssuer = options.Issuer;
                    o.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
                    o.TokenValidationParameters.IssuerSigningKey = TokenIssuer.SigningKey(options);
                }
            });
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireAssertion(c => HubRoles.All.Any(c.User.IsInRole))
                .Build());
        return services;
    }
}
