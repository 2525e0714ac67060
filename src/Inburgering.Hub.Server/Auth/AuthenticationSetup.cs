using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Inburgering.Hub.Server.Auth;

/// <summary>JWT bearer authentication: OpenID Connect authority in production, local signing key in development.</summary>
internal static class AuthenticationSetup
{
    public static IServiceCollection AddHubAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<TokenIssuer>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o => o.Events = new JwtBearerEvents { OnChallenge = ChallengeResponse.WriteAsync });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<AuthOptions>((o, options) =>
            {
                o.MapInboundClaims = false;
                o.Audience = options.Audience;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateAudience = true,
                    ValidAudience = options.Audience,
                    ValidateLifetime = true,
                    ClockSkew = options.ClockSkew,
                    NameClaimType = HubClaims.Subject,
                    RoleClaimType = HubClaims.Role,
                };
                if (!string.IsNullOrWhiteSpace(options.Authority))
                {
                    o.Authority = options.Authority;
                    o.RequireHttpsMetadata = options.RequireHttpsMetadata;
                }
                else
                {
                    o.TokenValidationParameters.ValidIssuer = options.Issuer;
                    o.TokenValidationParameters.IssuerSigningKey = TokenIssuer.SigningKey(options);
                }
            });
        services.AddAuthorization();
        return services;
    }
}
