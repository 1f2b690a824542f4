using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.KMedoids;

/// <summary>
/// PAM's greedy BUILD followed by the FasterPAM swap phase (Schubert and Rousseeuw, 2021):
/// for each candidate row, the change in total deviation of swapping it with every medoid is
/// computed in one O(n) pass from each row's nearest and second-nearest medoid, and the best
/// improving swap is applied at once ("eager"), cycling until a full pass finds none.
/// </summary>
internal sealed class FasterPam
{
    private const int Block = 256;
    private readonly DissimilarityRows _d;
    private readonly int _n;
    private readonly int _k;
    private readonly int[] _medoids;
    private readonly double[] _toMedoid;   // n × k: distance of each row to each medoid
    private readonly int[] _nearest;       // medoid slot
    private readonly double[] _nearestDistance;
    private readonly double[] _secondDistance;
    private double _total;                 // sum of _nearestDistance

    private FasterPam(DissimilarityRows d, int k)
    {
        _d = d;
        _n = d.Count;
        _k = k;
        _medoids = new int[k];
        _toMedoid = new double[_n * k];
        _nearest = new int[_n];
        _nearestDistance = new double[_n];
        _secondDistance = new double[_n];
    }

    public static (int[] Medoids, int[] Labels, double Cost, int Swaps) Run(
        DissimilarityRows d, int k, int maxSwapPasses, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var pam = new FasterPam(d, k);
        pam.Build(maxDegreeOfParallelism, cancellationToken);
        // With one medoid BUILD already picks the row of least total distance: the optimum.
        int swaps = k > 1 ? pam.Swap(maxSwapPasses, cancellationToken) : 0;
        var labels = (int[])pam._nearest.Clone();
        return (pam._medoids, labels, pam._total, swaps);
    }

    private void Build(int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        Array.Fill(_nearestDistance, double.PositiveInfinity);
        var isMedoid = new bool[_n];
        int blocks = RowBlocks.OfSize(_n, Block).Count;
        var blockBest = new int[blocks];
        var blockGain = new double[blocks];
        var row = new double[_n];
        for (int m = 0; m < _k; m++)
        {
            // Gain of adding candidate c: how much it lowers the total distance to the nearest medoid.
            // For the first medoid every row is at +inf, so the gain ranks candidates by -Σ d(c, j).
            bool first = m == 0;
            BlockParallel.For(RowBlocks.OfSize(_n, Block), maxDegreeOfParallelism, b =>
            {
                var candidateRow = new double[_n];
                int end = Math.Min(_n, (b + 1) * Block);
                int best = -1;
                double bestGain = double.NegativeInfinity;
                for (int c = b * Block; c < end; c++)
                {
                    if (isMedoid[c])
                    {
                        continue;
                    }

                    _d.Fill(c, candidateRow);
                    double gain = 0;
                    for (int j = 0; j < _n; j++)
                    {
                        gain += first ? -candidateRow[j] : Math.Max(_nearestDistance[j] - candidateRow[j], 0);
                    }

                    if (gain > bestGain)
                    {
                        bestGain = gain;
                        best = c;
                    }
                }

                blockBest[b] = best;
                blockGain[b] = bestGain;
            }, cancellationToken);

            int chosen = -1;
            double chosenGain = double.NegativeInfinity;
            for (int b = 0; b < blocks; b++)
            {
                if (blockBest[b] >= 0 && (chosen < 0 || blockGain[b] > chosenGain))
                {
                    chosen = blockBest[b];
                    chosenGain = blockGain[b];
                }
            }

            isMedoid[chosen] = true;
            _medoids[m] = chosen;
            _d.Fill(chosen, row);
            for (int j = 0; j < _n; j++)
            {
                _toMedoid[(j * _k) + m] = row[j];
                _nearestDistance[j] = Math.Min(_nearestDistance[j], row[j]);
            }
        }

        UpdateNearest();
    }

    private int Swap(int maxSwapPasses, CancellationToken cancellationToken)
    {
        var removalLoss = new double[_k];
        var delta = new double[_k];
        var row = new double[_n];
        var isMedoid = new bool[_n];
        foreach (int m in _medoids)
        {
            isMedoid[m] = true;
        }

        ComputeRemovalLoss(removalLoss);
        int swaps = 0;
        int lastSwap = -1;
        for (int pass = 0; pass < maxSwapPasses && _k < _n; pass++)
        {
            for (int candidate = 0; candidate < _n; candidate++)
            {
                if (candidate == lastSwap)
                {
                    return swaps; // a full cycle since the last swap improved nothing
                }

                if (isMedoid[candidate])
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                _d.Fill(candidate, row);
                removalLoss.CopyTo(delta, 0);
                double shared = 0;
                for (int o = 0; o < _n; o++)
                {
                    double doc = row[o];
                    double dn = _nearestDistance[o];
                    if (doc < dn)
                    {
                        shared += doc - dn;
                        delta[_nearest[o]] += dn - _secondDistance[o];
                    }
                    else if (doc < _secondDistance[o])
                    {
                        delta[_nearest[o]] += doc - _secondDistance[o];
                    }
                }

                int slot = 0;
                for (int i = 1; i < _k; i++)
                {
                    if (delta[i] < delta[slot])
                    {
                        slot = i;
                    }
                }

                double change = delta[slot] + shared;
                if (change < -1e-9 * _total)
                {
                    isMedoid[_medoids[slot]] = false;
                    isMedoid[candidate] = true;
                    _medoids[slot] = candidate;
                    for (int j = 0; j < _n; j++)
                    {
                        _toMedoid[(j * _k) + slot] = row[j];
                    }

                    UpdateNearest();
                    ComputeRemovalLoss(removalLoss);
                    lastSwap = candidate;
                    swaps++;
                }
            }

            if (lastSwap < 0)
            {
                return swaps; // the first pass found nothing to improve
            }
        }

        return swaps;
    }

    private void UpdateNearest()
    {
        _total = 0;
        for (int j = 0; j < _n; j++)
        {
            var (best, first, second) = SmallestTwo.Find<double>(_toMedoid.AsSpan(j * _k, _k));

            _nearest[j] = best;
            _nearestDistance[j] = first;
            _secondDistance[j] = second;
            _total += first;
        }
    }

    private void ComputeRemovalLoss(double[] removalLoss)
    {
        Array.Clear(removalLoss);
        for (int j = 0; j < _n; j++)
        {
            removalLoss[_nearest[j]] += _secondDistance[j] - _nearestDistance[j];
        }
    }
}
