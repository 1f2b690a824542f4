using CustomerAtlas.Core.Data;
using static TorchSharp.torch;

namespace CustomerAtlas.Deep.Torch;

/// <summary>
/// The training data as one float tensor on the training device, and seeded mini-batch orders:
/// the shuffle comes from a .NET <see cref="Random"/> so the batch sequence depends only on the seed.
/// </summary>
internal sealed class BatchPlan : IDisposable
{
    private readonly Random _random;
    private readonly int[] _order;

    public BatchPlan(Matrix<double> data, int batchSize, Random random)
    {
        var values = new float[data.Values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)data.Values[i];
        }

        All = tensor(values, [data.Rows, data.Cols]).to(TorchSession.Device);
        BatchSize = Math.Min(batchSize, data.Rows);
        _random = random;
        _order = Enumerable.Range(0, data.Rows).ToArray();
    }

    /// <summary>Every row, [n × d].</summary>
    public Tensor All { get; }

    /// <summary>Rows per batch.</summary>
    public int BatchSize { get; }

    /// <summary>Number of batches per epoch (the last one may be smaller).</summary>
    public int BatchesPerEpoch => (_order.Length + BatchSize - 1) / BatchSize;

    /// <summary>Row indices of each batch of a freshly shuffled epoch.</summary>
    public IEnumerable<Tensor> ShuffledBatches()
    {
        _random.Shuffle(_order);
        for (int start = 0; start < _order.Length; start += BatchSize)
        {
            int count = Math.Min(BatchSize, _order.Length - start);
            yield return tensor(_order.AsSpan(start, count).ToArray().Select(i => (long)i).ToArray()).to(TorchSession.Device);
        }
    }

    public void Dispose() => All.Dispose();
}
