using System.Diagnostics;

namespace CustomerAtlas.Bench.Load;

/// <summary>
/// Closed-loop load: <c>concurrency</c> workers each send one request, wait for the answer and
/// send the next, for a fixed duration, cycling through the targets. Latencies are recorded per
/// worker (no shared lock on the hot path) and merged at the end.
/// </summary>
internal static class LoadGenerator
{
    public static async Task<IReadOnlyList<LoadResult>> RunAsync(
        HttpClient client, IReadOnlyList<LoadTarget> targets, int concurrency, TimeSpan duration, TimeSpan warmUp)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        ArgumentOutOfRangeException.ThrowIfZero(targets.Count);
        var startAt = Stopwatch.GetTimestamp() + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var stopAt = startAt + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency)
            .Select(w => Task.Run(() => WorkerAsync(client, targets, w, startAt, stopAt)))
            .ToArray();
        var perWorker = await Task.WhenAll(workers).ConfigureAwait(false);

        var results = new List<LoadResult>(targets.Count);
        for (int t = 0; t < targets.Count; t++)
        {
            var latencies = perWorker.SelectMany(w => w.Latencies[t]).ToArray();
            Array.Sort(latencies);
            long errors = perWorker.Sum(w => w.Errors[t]);
            results.Add(new LoadResult(
                targets[t].Name,
                latencies.Length,
                errors,
                duration.TotalSeconds,
                Percentile(latencies, 0.50),
                Percentile(latencies, 0.99),
                latencies.Length == 0 ? 0 : ToMs(latencies[^1])));
        }

        return results;
    }

    private static async Task<WorkerLog> WorkerAsync(HttpClient client, IReadOnlyList<LoadTarget> targets, int worker, long startAt, long stopAt)
    {
        var log = new WorkerLog(targets.Count);
        long sequence = worker;
        while (true)
        {
            long began = Stopwatch.GetTimestamp();
            if (began >= stopAt)
            {
                return log;
            }

            int t = (int)(sequence % targets.Count);
            bool ok;
            try
            {
                using var request = targets[t].Create(sequence);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
                ok = response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                ok = false;
            }
            catch (TaskCanceledException)
            {
                ok = false;
            }

            long ended = Stopwatch.GetTimestamp();
            sequence += 1;
            if (began < startAt)
            {
                continue; // warm-up: JIT, connection set-up
            }

            log.Latencies[t].Add(ended - began);
            if (!ok)
            {
                log.Errors[t]++;
            }
        }
    }

    private static double Percentile(long[] sorted, double q) =>
        sorted.Length == 0 ? 0 : ToMs(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)]);

    private static double ToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private sealed class WorkerLog(int targets)
    {
        public List<long>[] Latencies { get; } = Enumerable.Range(0, targets).Select(_ => new List<long>(1 << 14)).ToArray();

        public long[] Errors { get; } = new long[targets];
    }
}
