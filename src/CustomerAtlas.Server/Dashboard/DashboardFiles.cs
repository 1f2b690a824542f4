using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.FileProviders;

namespace CustomerAtlas.Server.Dashboard;

/// <summary>
/// Serves the dashboard from files embedded in this assembly (no CDN, no wwwroot beside the
/// executable), so <c>atlas serve</c> shows it offline from a single install.
/// </summary>
internal static class DashboardFiles
{
    public const string Path = "/dashboard";

    // Resources are embedded with logical names "dashboard.<file>" (see the project file).
    private static readonly EmbeddedFileProvider Files = new(typeof(DashboardFiles).Assembly, "dashboard");

    public static void UseDashboardFiles(this WebApplication app)
    {
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = Files, RequestPath = Path });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = Files,
            RequestPath = Path,
            OnPrepareResponse = context =>
            {
                // The page may run scripts only from this server: a stray CDN reference fails loudly.
                context.Context.Response.Headers.ContentSecurityPolicy =
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'";
            },
        });
    }

    // "/dashboard" itself is redirected to "/dashboard/" by the default-files middleware; an
    // endpoint for it would also match "/dashboard/" and shadow the files.
    public static void MapDashboardRedirects(this IEndpointRouteBuilder app) =>
        app.MapGet("/", () => TypedResults.Redirect(Path + "/")).ExcludeFromDescription();
}
