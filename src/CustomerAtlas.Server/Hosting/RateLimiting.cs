using System.Globalization;
using System.Threading.RateLimiting;
using CustomerAtlas.Server.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace CustomerAtlas.Server.Hosting;

/// <summary>
/// One fixed one-minute window per API key (its own limit or the server default) and one per
/// client address for requests without a key; a request past the limit is answered 429 with
/// Retry-After and ProblemDetails.
/// </summary>
internal static class RateLimiting
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static void Configure(RateLimiterOptions limiter, ApiKeyRegistry keys, AtlasServerOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            string? name = context.User.Identity is { IsAuthenticated: true } identity ? identity.Name : null;
            if (name is not null)
            {
                int limit = keys.FindByName(name)?.RequestsPerMinute ?? options.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter("key:" + name, _ => WindowOf(limit));
            }

            string address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter("ip:" + address, _ => WindowOf(options.AnonymousRequestsPerMinute));
        });
        limiter.OnRejected = async (rejected, cancellationToken) =>
        {
            var context = rejected.HttpContext;
            string detail = "This API key has used its requests for the current minute.";
            if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                int seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                detail += $" Retry after {seconds} s.";
            }

            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = detail },
            }).ConfigureAwait(false);
        };
    }

    private static FixedWindowRateLimiterOptions WindowOf(int permits) => new()
    {
        PermitLimit = permits,
        Window = Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
