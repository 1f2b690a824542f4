using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Distances;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.KMedoids;

/// <summary>
/// Rows of the n × n dissimilarity matrix, either kept (float32, for n up to
/// <see cref="KMedoidsOptions.MaxPrecomputedRows"/>) or computed on request. Thread-safe reads.
/// </summary>
internal sealed class DissimilarityRows
{
    private const int RowBlock = 64;
    private readonly Matrix<double> _data;
    private readonly IDistance _distance;
    private readonly float[]? _matrix;

    public DissimilarityRows(Matrix<double> data, IDistance distance, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        _data = data;
        _distance = distance;
        int n = data.Rows;
        if (n > KMedoidsOptions.MaxPrecomputedRows)
        {
            return;
        }

        var matrix = new float[(long)n * n];
        BlockParallel.For(RowBlocks.OfSize(n, RowBlock), maxDegreeOfParallelism, block =>
        {
            int end = Math.Min(n, (block + 1) * RowBlock);
            for (int i = block * RowBlock; i < end; i++)
            {
                var row = data.RowReadOnly(i);
                for (int j = 0; j < n; j++)
                {
                    matrix[((long)i * n) + j] = (float)Check(distance.Compute(row, data.RowReadOnly(j)), i, j);
                }
            }
        }, cancellationToken);
        _matrix = matrix;
    }

    public int Count => _data.Rows;

    /// <summary>Writes d(<paramref name="i"/>, j) for every j into <paramref name="row"/>.</summary>
    public void Fill(int i, Span<double> row)
    {
        int n = _data.Rows;
        if (_matrix is not null)
        {
            var source = _matrix.AsSpan((int)((long)i * n), n);
            for (int j = 0; j < n; j++)
            {
                row[j] = source[j];
            }

            return;
        }

        var x = _data.RowReadOnly(i);
        for (int j = 0; j < n; j++)
        {
            // Rounded through float32 like the kept matrix, so both paths give the same answer.
            row[j] = (float)Check(_distance.Compute(x, _data.RowReadOnly(j)), i, j);
        }
    }

    private static double Check(double value, int i, int j) =>
        double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentException($"The distance between rows {i} and {j} is {value}; distances must be finite and non-negative.", "data");
}
