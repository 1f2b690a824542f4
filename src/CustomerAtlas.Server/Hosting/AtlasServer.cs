using System.Text.Json.Serialization;
using CustomerAtlas.Server.Api;
using CustomerAtlas.Server.Catalog;
using CustomerAtlas.Server.Dashboard;
using CustomerAtlas.Server.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Scalar.AspNetCore;

namespace CustomerAtlas.Server.Hosting;

/// <summary>
/// Builds the web application that serves one <see cref="SegmentCatalog"/>: the REST API, its
/// OpenAPI document and interactive reference (<c>/openapi/v1.json</c>, <c>/scalar</c>), and the
/// dashboard (<c>/dashboard/</c>). The CLI's <c>atlas serve</c> and the tests host it the same way.
/// </summary>
public static class AtlasServer
{
    /// <summary>Builds (does not start) the application.</summary>
    public static WebApplication Build(SegmentCatalog catalog, ApiKeyRegistry keys, AtlasServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(AtlasServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        });

        var services = builder.Services;
        services.AddSingleton(catalog);
        services.AddSingleton(keys);
        services.AddSingleton(options);
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals);
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Scopes.Read, policy => policy.RequireClaim(Scopes.ClaimType, Scopes.Read))
            .AddPolicy(Scopes.Score, policy => policy.RequireClaim(Scopes.ClaimType, Scopes.Score));
        services.AddRateLimiter(limiter => RateLimiting.Configure(limiter, keys, options));
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer<ApiKeyDocumentTransformer>());

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseDashboardFiles();

        app.MapOpenApi();
        app.MapScalarApiReference(scalar => scalar.WithTitle("CustomerAtlas API"));
        app.MapHealth();
        app.MapSegments();
        app.MapCustomers();
        app.MapScore();
        app.MapDrift();
        app.MapModels();
        app.MapQuality();
        app.MapDashboardRedirects();
        return app;
    }
}
