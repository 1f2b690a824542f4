namespace CustomerAtlas.Data.Store;

/// <summary>
/// Refuses a <see cref="RunRecord"/> whose parts disagree before anything reaches the store,
/// so a bad export fails with a message instead of a half-understood constraint violation.
/// </summary>
public static class RunRecordChecks
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the first inconsistency found.</summary>
    public static void EnsureConsistent(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (string.IsNullOrWhiteSpace(run.Model.Version))
        {
            throw new ArgumentException("The model has no version.", nameof(run));
        }

        var ids = new HashSet<int>();
        foreach (var segment in run.Segments)
        {
            if (!ids.Add(segment.Id))
            {
                throw new ArgumentException($"Segment id {segment.Id} appears twice.", nameof(run));
            }

            if (segment.Centroid.Count != run.Model.FeatureNames.Count)
            {
                throw new ArgumentException(
                    $"Segment {segment.Id} has {segment.Centroid.Count} centroid values but the model has {run.Model.FeatureNames.Count} features.", nameof(run));
            }
        }

        var customers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var customer in run.Customers)
        {
            if (!customers.Add(customer.CustomerId))
            {
                throw new ArgumentException($"Customer '{customer.CustomerId}' appears twice.", nameof(run));
            }

            if (customer.SegmentId != -1 && !ids.Contains(customer.SegmentId))
            {
                throw new ArgumentException($"Customer '{customer.CustomerId}' is in segment {customer.SegmentId}, which the run does not define.", nameof(run));
            }
        }
    }
}
