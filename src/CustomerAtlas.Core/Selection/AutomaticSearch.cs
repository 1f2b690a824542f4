using System.Diagnostics;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Metrics;

namespace CustomerAtlas.Core.Selection;

/// <summary>
/// Chooses the preprocessing, algorithm and number of segments within a planned budget.
/// </summary>
/// <remarks>
/// <para>The budget is planned work, not a clock: every step is charged its estimated time in
/// reference seconds (<see cref="SearchCost"/>), so which candidates run, and the winner, are the same
/// on every machine and under any load (deterministic given the seed, on 1 or N threads). The
/// wall-clock <see cref="SelectionOptions.TimeLimit"/> only stops a search on a machine far slower
/// than the reference, and the result then says so.</para>
/// <para>Stage 1 (screening, <see cref="SelectionOptions.ScreeningShare"/> of the budget): candidates
/// run cheapest first while their estimates fit; each is fitted (on a sample when its algorithm caps the rows, the model then
/// assigns every row), checked against the constraints, and measured by silhouette, Calinski–Harabasz,
/// Davies–Bouldin (and BIC where the model has one) on a seeded evaluation sample of the
/// <em>reference space</em>, the same matrix for every candidate so different preprocessings compete
/// on equal terms. The cheapest candidate always completes so there is always an answer. A family
/// whose one fit yields many partitions (<see cref="AlgorithmSpec.Cuts"/>, a hierarchy) is replaced
/// by one candidate per cut. Then each family makes its own k-choice (<see cref="FamilyKChoice"/>:
/// BIC for mixtures, DBCV for density settings).</para>
/// <para>Stage 2 (rest of the budget): the best screened candidates and the clearest-gap cut get a
/// bootstrap stability estimate when its estimated cost fits what is left. The winner is the feasible hierarchy cut with the largest gap ratio
/// among those whose gap ratio is at least <see cref="SelectionOptions.ClearGapRatio"/> under every
/// Gini threshold at the same k, if there is one, else the best final
/// score (<see cref="ScoreWeights"/>), which the neighbour-graph rule may hand to a partition with as many segments
/// that follows the data's density valleys (<see cref="SelectionOptions.BoundaryNeighbours"/>) or cuts far fewer neighbour
/// edges against chance (<see cref="SelectionOptions.BoundaryCutShare"/>). Unless a clear gap
/// chose it, the finest Genie cut whose every boundary is a density valley then takes the win if it has at least as
/// many segments (<see cref="SelectionOptions.ValleyRatio"/>, <see cref="ValleyRule"/>). What the budget left out is
/// recorded on the leaderboard as skipped, with the reason; what the time limit stopped, as timed out. A k-means winner
/// fitted on a sample is finally refined on every row from its own centres.</para>
/// </remarks>
public sealed class AutomaticSearch(ValidityHooks hooks, SelectionOptions? options = null)
{
    /// <summary>The metric functions in use.</summary>
    public ValidityHooks Hooks { get; } = hooks ?? throw new ArgumentNullException(nameof(hooks));

    /// <summary>The options in use.</summary>
    public SelectionOptions Options { get; } = options ?? new SelectionOptions();

    /// <summary>
    /// Optional observer called once per candidate when the search finishes, in leaderboard order,
    /// with its entry and its label for every row (null when it was never fitted). For studying
    /// selection rules offline (the bench's selection lab); the search does not depend on it.
    /// </summary>
    internal Action<LeaderboardEntry, IReadOnlyList<int>?>? Inspector { get; init; }

    /// <summary>Runs the search.</summary>
    /// <param name="preparations">The preprocessing choices (same rows, same order).</param>
    /// <param name="referenceSpace">The space every candidate is measured in (e.g. the standardized features).</param>
    /// <param name="algorithms">Algorithms to try.</param>
    /// <param name="cancellationToken">Stops the search (the budget stops it on its own).</param>
    public SelectionResult Run(
        IReadOnlyList<PreparedData> preparations,
        Matrix<double> referenceSpace,
        IReadOnlyList<AlgorithmSpec> algorithms,
        CancellationToken cancellationToken = default)
    {
        Options.Validate();
        Validate(preparations, referenceSpace, algorithms);
        var budget = new SearchBudget(Options.Budget, Options.EffectiveTimeLimit);
        int n = referenceSpace.Rows;
        int seed = Options.Seed ?? Seeds.Default;
        var byName = preparations.ToDictionary(p => p.Name, p => p.Data, StringComparer.Ordinal);
        var byPreparation = preparations.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var candidates = CandidateGenerator.Generate(
                preparations.Select(p => p.Name).ToArray(), algorithms, Options.MinK, Options.EffectiveMaxK(n), n, preparations[0].Data.Cols)
            .Where(c => PreparedData.Allows(byPreparation[c.Preprocessing], c.Algorithm.Name, preparations))
            .Select((c, id) => c with { Id = id })
            .ToList();
        var evaluationRows = RowSampler.Sample(n, Options.EvaluationRows, SelectionSeeds.EvaluationSample(seed));
        var evaluationSpace = referenceSpace.SelectRows(evaluationRows);
        var graph = Options.BoundaryNeighbours > 0 && evaluationSpace.Rows > 1
            ? NeighbourGraph.Build(evaluationSpace, Options.BoundaryNeighbours, cancellationToken: cancellationToken)
            : null;
        var valleyRows = RowSampler.Sample(n, Options.ValleyRows, SelectionSeeds.ValleySample(seed));
        var valleys = Options.BoundaryNeighbours > 0 && valleyRows.Length > 1
            ? DensityValleys.Build(referenceSpace.SelectRows(valleyRows), Options.BoundaryNeighbours, cancellationToken: cancellationToken)
            : null;
        var evaluation = new Evaluation(evaluationRows, evaluationSpace, graph, valleyRows, valleys);
        double measureCost = SearchCost.Measure(evaluationSpace.Rows, evaluationSpace.Cols);
        var trials = candidates.Select(c => new Trial(c)).ToList();
        int nextId = candidates.Count;

        var cuts = new List<Trial>();
        var replaced = new HashSet<Trial>();
        for (int t = 0; t < trials.Count; t++)
        {
            // Candidates come cheapest first, so the first that does not fit ends the screening. The
            // first always runs, so there is always an answer. A hierarchy's cuts are measured and charged
            // once its fit shows how many there are, so screening may run past its share by that much.
            double estimate = trials[t].Candidate.EstimatedSeconds + measureCost;
            if (t > 0 && (!budget.Affords(estimate, Options.ScreeningShare) || budget.OutOfTime()))
            {
                MarkNotStarted(trials.Skip(t), budget);
                break;
            }

            var data = byName[trials[t].Candidate.Preprocessing];
            Screen(trials[t], data, evaluation, seed, t == 0 ? Timeout.InfiniteTimeSpan : budget.WallClockLeft, budget, cancellationToken);
            budget.Charge(estimate);
            if (trials[t].Candidate.Algorithm.Cuts is not null && trials[t].Model is not null)
            {
                var expanded = Expand(trials[t], data, ref nextId);
                foreach (var cut in expanded)
                {
                    Measure(cut, cut.FitData!, evaluation);
                }

                budget.Charge(expanded.Count * measureCost);
                cuts.AddRange(expanded);
                if (expanded.Count > 0)
                {
                    replaced.Add(trials[t]);
                }
            }
        }

        // A fit that was cut into partitions is replaced on the board by its cuts.
        trials.RemoveAll(replaced.Contains);
        trials.AddRange(cuts);
        MarkClearGaps(cuts);
        FamilyChoice.Apply(trials, Hooks, evaluationRows, evaluationSpace);
        Rescore(trials, includeStability: false);
        AddConsensus(trials, preparations, evaluation, seed, budget, ref nextId, cancellationToken);
        var finalists = trials.Where(t => t.Feasible).OrderByDescending(t => t.Score).Take(Options.StabilityCandidates).ToList();
        var clearest = ClearestGap(trials.Where(t => t.Feasible));
        if (clearest is not null && !finalists.Contains(clearest))
        {
            finalists.Add(clearest);
        }

        foreach (var trial in finalists)
        {
            EstimateStability(trial, byName[trial.Candidate.Preprocessing], seed, budget, cancellationToken);
        }

        var rejected = new HashSet<Trial>();
        var chosen = ChooseValidated(trials, rejected, t => EstimateStability(t, byName[t.Candidate.Preprocessing], seed, budget, cancellationToken));
        var finest = ValleyRule.Choose(trials, chosen, Options.ValleyRatio);
        if (finest != chosen)
        {
            // The valley rule does not weigh stability, but the report shows the winner's: estimate it when the budget allows.
            if (finest.Stability is null)
            {
                EstimateStability(finest, byName[finest.Candidate.Preprocessing], seed, budget, cancellationToken);
            }

            chosen = finest;
        }

        PolishOnEveryRow(chosen, byName[chosen.Candidate.Preprocessing], seed, budget, cancellationToken);
        return Finish(trials, chosen, evaluationRows, budget, rejected);
    }

    /// <summary>
    /// A k-means winner fitted on a sample (<see cref="AlgorithmSpec.MaxFitRows"/>) is refined on every row, starting from
    /// its own centres (<see cref="KMeans.Refine"/>): the sample chose k and the local optimum, every customer then has a say
    /// in where the centres end. Its leaderboard indices stay those it was chosen on.
    /// </summary>
    private static void PolishOnEveryRow(Trial winner, Matrix<double> data, int seed, SearchBudget budget, CancellationToken cancellationToken)
    {
        if (winner.Model is not KMeansModel sampled || winner.FitData is null || winner.FitData.Rows >= data.Rows
            || winner.Candidate.Create(seed) is not KMeans kmeans)
        {
            return;
        }

        budget.Charge(SearchCost.Fit(winner.Candidate.Algorithm with { MaxFitRows = int.MaxValue }, data.Rows, data.Cols, sampled.ClusterCount));
        var polished = kmeans.Refine(data, sampled.Centroids, cancellationToken);
        winner.Model = polished;
        winner.Labels = polished.Labels;
        winner.FitData = data;
    }

    /// <summary>
    /// The winner. The neighbour-graph rule may hand the win to a candidate outside the stability finalists:
    /// it gets its estimate too when the budget allows, and it must be about as stable as the score's leader
    /// (<see cref="SelectionOptions.BoundaryStabilityTolerance"/>): a partition that resampling does not
    /// reproduce is not a better boundary, however many neighbour links it keeps. A challenger that fails
    /// joins <paramref name="rejected"/> and the next one is tried, until the leader's turn.
    /// </summary>
    private Trial ChooseValidated(List<Trial> trials, HashSet<Trial> rejected, Action<Trial> estimateStability)
    {
        while (true)
        {
            var chosen = Rank(trials, rejected)[0];
            var leader = ScoreOrder(trials, rejected)[0];
            if (chosen.Feasible && chosen.Stability is null)
            {
                estimateStability(chosen);
            }

            if (chosen == leader || StableAsTheLeader(chosen, leader))
            {
                return chosen;
            }

            rejected.Add(chosen);
        }
    }

    /// <summary>
    /// Status, then a clear gap, then the score: the order before the neighbour-graph rule. Rejected challengers
    /// come last: their own stability estimate, now in their score, must not hand them the lead they were refused.
    /// </summary>
    private static Trial[] ScoreOrder(List<Trial> trials, IReadOnlySet<Trial> rejected) =>
        ThenByGapAndScore(trials.OrderBy(rejected.Contains).ThenBy(t => StatusOrder(t.Status))).ToArray();

    private bool StableAsTheLeader(Trial challenger, Trial leader) =>
        challenger.Stability is { } own
        && (leader.Stability is not { } led || own.MeanAri >= led.MeanAri - Options.BoundaryStabilityTolerance);

    /// <summary>Gives the candidates the screening did not reach the reason why.</summary>
    private static void MarkNotStarted(IEnumerable<Trial> rest, SearchBudget budget)
    {
        string reason = budget.TimeLimitReached
            ? "the time limit passed before it started"
            : "its estimated time did not fit in the screening share of the budget";
        foreach (var trial in rest)
        {
            trial.Reason = reason;
        }
    }

    /// <summary>
    /// Marks the cuts with a clear gap: at their k, the cut of every variant of the same fit (every
    /// Gini threshold) has a gap ratio of at least <see cref="SelectionOptions.ClearGapRatio"/>. The
    /// threshold only decides how small groups and outliers are merged; empty space between real
    /// groups separates them under every threshold, so a gap that only some thresholds show is not
    /// trusted.
    /// </summary>
    private void MarkClearGaps(List<Trial> cuts)
    {
        foreach (var fit in cuts.GroupBy(t => t.FitId))
        {
            int variants = fit.Select(t => t.Candidate.Variant).Distinct(StringComparer.Ordinal).Count();
            foreach (var atK in fit.GroupBy(t => t.Candidate.K))
            {
                bool clear = atK.Count() == variants && atK.All(t => t.GapRatio >= Options.ClearGapRatio);
                foreach (var t in atK)
                {
                    t.ClearGap = clear;
                }
            }
        }
    }

    // The consensus of the best screened candidates competes as one more candidate; it may use at
    // most half of what is left of the budget, so stability estimates still get their share.
    private void AddConsensus(
        List<Trial> trials, IReadOnlyList<PreparedData> preparations, Evaluation evaluation,
        int seed, SearchBudget budget, ref int nextId, CancellationToken cancellationToken)
    {
        // Preparations bound to one algorithm are not Euclidean feature spaces a centroid model can use.
        var open = preparations.Where(p => p.OnlyAlgorithm is null).ToDictionary(p => p.Name, p => p.Data, StringComparer.Ordinal);
        var candidate = ConsensusCandidate.From(
            trials.Where(t => open.ContainsKey(t.Candidate.Preprocessing)), Options.ConsensusMembers, Options.ConsensusRows, nextId);
        if (candidate is null)
        {
            return;
        }

        double estimate = candidate.EstimatedSeconds + SearchCost.Measure(evaluation.Space.Rows, evaluation.Space.Cols);
        double left = Options.Budget.TotalSeconds - budget.Spent;
        if (estimate > left / 2 || budget.OutOfTime())
        {
            return;
        }

        nextId++;
        var trial = new Trial(candidate);
        Screen(trial, open[candidate.Preprocessing], evaluation, seed, budget.WallClockLeft, budget, cancellationToken);
        budget.Charge(estimate);
        trials.Add(trial);
        Rescore(trials, includeStability: false);
    }

    /// <summary>The feasible hierarchy cut with a clear gap and the largest gap ratio, if any.</summary>
    private static Trial? ClearestGap(IEnumerable<Trial> trials) =>
        ThenByGapAndScore(trials.Where(t => t.ClearGap).OrderBy(_ => 0)).FirstOrDefault();

    /// <summary>
    /// The one ranking rule of finalists and winner: a clear-gap cut first, the clearest gap first among those,
    /// then the score, then the candidate id (a deterministic tie-break).
    /// </summary>
    private static IOrderedEnumerable<Trial> ThenByGapAndScore(IOrderedEnumerable<Trial> trials) => trials
        .ThenByDescending(t => t.ClearGap)
        .ThenByDescending(t => t.ClearGap ? t.GapRatio!.Value : 0)
        .ThenByDescending(t => t.Score ?? double.NegativeInfinity)
        .ThenBy(t => t.Candidate.Id);

    /// <summary>Turns a screened multi-partition fit into one trial per cut (same fit time, no refit).</summary>
    private List<Trial> Expand(Trial parent, Matrix<double> data, ref int nextId)
    {
        var result = new List<Trial>();
        if (parent.Status is not (CandidateStatus.Screened or CandidateStatus.Infeasible))
        {
            return result;
        }

        var candidate = parent.Candidate;
        var fitData = parent.FitData!;
        int[]? nearestFitted = fitData.Rows == data.Rows ? null : GenieFamily.NearestFittedRows(parent.Model!, data) ?? NearestFittedRow(fitData, data);
        int maxK = Options.EffectiveMaxK(data.Rows);
        foreach (var cut in candidate.Algorithm.Cuts!(parent.Model!, Options.MinK, maxK))
        {
            var fitLabels = cut.Model.Labels;
            var labels = nearestFitted is null ? fitLabels.ToArray() : nearestFitted.Select(r => fitLabels[r]).ToArray();
            result.Add(new Trial(candidate with { Id = nextId++, K = cut.K, Variant = cut.Variant })
            {
                Model = cut.Model,
                Labels = labels,
                FitData = fitData,
                FitSeconds = parent.FitSeconds,
                GapRatio = cut.GapRatio,
                FitId = candidate.Id,
            });
        }

        if (result.Count == 0)
        {
            parent.Status = CandidateStatus.Infeasible;
            parent.Reason = $"its hierarchy has no cut with {Options.MinK} to {maxK} clusters";
        }

        return result;
    }

    /// <summary>For every row of <paramref name="data"/>, the index of its nearest row of the fitted sample.</summary>
    private static int[] NearestFittedRow(Matrix<double> fitData, Matrix<double> data)
    {
        var (indices, _) = new Neighbors.KdTree(fitData).KNearestAll(data, 1);
        return indices;
    }

    private static void Validate(IReadOnlyList<PreparedData> preparations, Matrix<double> referenceSpace, IReadOnlyList<AlgorithmSpec> algorithms)
    {
        ArgumentNullException.ThrowIfNull(preparations);
        ArgumentNullException.ThrowIfNull(referenceSpace);
        ArgumentNullException.ThrowIfNull(algorithms);
        if (preparations.Count == 0)
        {
            throw new ArgumentException("At least one preparation is required.", nameof(preparations));
        }

        if (algorithms.Count == 0)
        {
            throw new ArgumentException("At least one algorithm is required.", nameof(algorithms));
        }

        foreach (var p in preparations)
        {
            if (p.Data.Rows != referenceSpace.Rows)
            {
                throw new ArgumentException($"Preparation '{p.Name}' has {p.Data.Rows} rows but the reference space has {referenceSpace.Rows}.", nameof(preparations));
            }
        }

        if (preparations.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() != preparations.Count)
        {
            throw new ArgumentException("Preparation names must be unique.", nameof(preparations));
        }
    }

    private void Screen(Trial trial, Matrix<double> data, Evaluation evaluation, int seed, TimeSpan remaining, SearchBudget budget, CancellationToken userToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(userToken);
        deadline.CancelAfter(remaining);
        var watch = Stopwatch.StartNew();
        try
        {
            var fitted = CandidateFitter.Fit(trial.Candidate, data, seed, deadline.Token);
            trial.Model = fitted.Model;
            trial.Labels = fitted.Labels;
            trial.FitSeconds = watch.Elapsed.TotalSeconds;
            trial.FitData = fitted.FitData;
            Measure(trial, fitted.FitData, evaluation);
        }
        catch (OperationCanceledException) when (!userToken.IsCancellationRequested)
        {
            trial.Status = CandidateStatus.TimedOut;
            trial.Reason = "stopped by the time limit while fitting";
            budget.MarkTimeLimitReached();
            trial.FitSeconds = watch.Elapsed.TotalSeconds;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            trial.Status = CandidateStatus.Failed;
            trial.Reason = ex.Message;
            trial.FitSeconds = watch.Elapsed.TotalSeconds;
        }
    }

    private void Measure(Trial trial, Matrix<double> fitData, Evaluation evaluation)
    {
        var (evaluationRows, evaluationSpace, graph, valleyRows, valleys) = evaluation;
        var labels = trial.Labels!;
        var sizes = new Dictionary<int, int>();
        int noise = 0;
        foreach (int l in labels)
        {
            if (l < 0)
            {
                noise++;
            }
            else
            {
                sizes[l] = sizes.GetValueOrDefault(l) + 1;
            }
        }

        trial.ClusterCount = sizes.Count;
        trial.NoiseShare = (double)noise / labels.Length;
        trial.SmallestShare = sizes.Count == 0 ? 0 : (double)sizes.Values.Min() / labels.Length;
        trial.Reason = Infeasibility(trial, labels.Length);
        trial.Status = trial.Reason is null ? CandidateStatus.Screened : CandidateStatus.Infeasible;

        var sampleLabels = evaluationRows.Select(r => labels[r]).ToArray();
        int clustered = sampleLabels.Count(l => l >= 0);
        int sampleClusters = sampleLabels.Where(l => l >= 0).Distinct().Count();
        if (sampleClusters < 2 || sampleClusters >= clustered)
        {
            trial.Status = CandidateStatus.Infeasible;
            trial.Reason ??= $"the evaluation sample holds {sampleClusters} cluster(s) among {clustered} clustered rows";
            return;
        }

        var (kept, expected) = graph?.ModularityTerms(sampleLabels) ?? (double.NaN, double.NaN);
        trial.Indices = new CandidateIndices(
            Hooks.Silhouette(evaluationSpace, sampleLabels),
            Hooks.CalinskiHarabasz(evaluationSpace, sampleLabels),
            Hooks.DaviesBouldin(evaluationSpace, sampleLabels),
            Hooks.Bic?.Invoke(trial.Model!, fitData),
            null,
            trial.NoiseShare,
            $"{trial.Candidate.Algorithm.Name}|{trial.Candidate.Variant}|{trial.Candidate.Preprocessing}",
            graph is null ? null : kept,
            graph is null ? null : NeighbourGraph.ModularityFromTerms(kept, expected, Options.BoundaryResolution),
            valleys?.ValleyRatio([.. valleyRows.Select(r => labels[r])]),
            graph is null ? null : expected);
    }

    private string? Infeasibility(Trial trial, int rows)
    {
        if (trial.ClusterCount < 2)
        {
            return $"found {trial.ClusterCount} cluster(s); at least 2 are needed";
        }

        int maxK = Options.EffectiveMaxK(rows);
        if (trial.ClusterCount > maxK)
        {
            return $"found {trial.ClusterCount} clusters; at most {maxK} are allowed";
        }

        if (trial.NoiseShare > Options.MaxNoiseShare)
        {
            return $"labels {trial.NoiseShare:P1} of rows noise; at most {Options.MaxNoiseShare:P0} is allowed";
        }

        double minShare = Options.EffectiveMinSegmentShare(rows);
        if (trial.SmallestShare < minShare)
        {
            return $"smallest segment holds {trial.SmallestShare:P1} of rows; at least {minShare:P1} is required";
        }

        return null;
    }

    private void EstimateStability(Trial trial, Matrix<double> data, int seed, SearchBudget budget, CancellationToken userToken)
    {
        var rows = RowSampler.Sample(data.Rows, Options.StabilityRows, SelectionSeeds.StabilitySample(seed));
        var candidate = trial.Candidate;
        double estimate = SearchCost.Stability(
            candidate.Algorithm, rows.Length, data.Cols, candidate.K ?? trial.ClusterCount, Options.StabilityResamples, Options.StabilityFraction);
        if (!budget.Affords(estimate) || budget.OutOfTime())
        {
            trial.Reason = budget.TimeLimitReached
                ? "the time limit passed before its stability estimate"
                : "its stability estimate did not fit in the budget";
            return;
        }

        budget.Charge(estimate);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(userToken);
        deadline.CancelAfter(budget.WallClockLeft);
        var stabilityOptions = new StabilityOptions
        {
            Resamples = Options.StabilityResamples,
            SampleFraction = Options.StabilityFraction,
            Seed = seed,
        };
        try
        {
            var token = deadline.Token;
            var result = BootstrapStability.Evaluate(
                data.SelectRows(rows),
                sample => trial.Candidate.Create(seed).Fit(sample, token),
                stabilityOptions,
                token);
            var candidateLabels = rows.Select(r => trial.Labels![r]).ToArray();
            trial.Stability = StabilitySummary.From(result, candidateLabels, trial.Model!.ClusterCount, Options.UnstableJaccard);
            trial.Status = CandidateStatus.Scored;
            trial.Indices = trial.Indices! with { Stability = trial.Stability.MeanAri };
        }
        catch (OperationCanceledException) when (!userToken.IsCancellationRequested)
        {
            trial.Reason = "the time limit stopped its stability estimate";
            budget.MarkTimeLimitReached();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            trial.Reason = $"stability estimate failed: {ex.Message}";
        }
    }

    private void Rescore(List<Trial> trials, bool includeStability)
    {
        var measured = trials.Where(t => t.Indices is not null).ToArray();
        var scores = SelectionScoring.Score(measured.Select(t => t.Indices!).ToArray(), Options.Weights, includeStability);
        for (int i = 0; i < measured.Length; i++)
        {
            measured[i].Score = scores[i];
        }
    }

    /// <summary>
    /// The final order: a cut with a clear gap (empty space around every cluster) first, the clearest
    /// gap first among those; otherwise the score decides the number of segments, and among the
    /// feasible candidates with that many segments (or up to <see cref="SelectionOptions.BoundaryExtraSegments"/>
    /// more) that keep more nearest-neighbour edges inside their segments than the leader, the one with
    /// the highest modularity wins (<see cref="SelectionOptions.BoundaryNeighbours"/>), unless one with as many segments cuts under
    /// <see cref="SelectionOptions.BoundaryCutShare"/> of that pick's neighbour edges against chance (<see cref="CutRatioRule"/>).
    /// Final scores include stability, but only candidates that have it are compared on them.
    /// </summary>
    private Trial[] Rank(List<Trial> trials, IReadOnlySet<Trial> rejected)
    {
        var scored = trials.Where(t => t.Status == CandidateStatus.Scored).ToArray();
        var finalScores = SelectionScoring.Score(scored.Select(t => t.Indices!).ToArray(), Options.Weights, includeStability: true);
        for (int i = 0; i < scored.Length; i++)
        {
            scored[i].Score = finalScores[i];
        }

        var ranked = ScoreOrder(trials, rejected);
        var leader = ranked[0];
        if (!leader.Feasible || leader.ClearGap
            || leader.Indices is not { NeighbourKept: double leaderKept, NeighbourModularity: double leaderModularity })
        {
            return ranked;
        }

        // A challenger (the leader's number of segments, or up to BoundaryExtraSegments more: more segments
        // that still cut fewer neighbour edges show that the leader's boundaries run through dense
        // regions) must keep strictly more neighbour edges inside its segments AND score a higher
        // modularity: fewer cuts alone would favour one big segment plus slivers, modularity alone
        // favours equal sizes among partitions that cut nothing. Ties go to the better-ranked candidate.
        var cleanest = ranked
            .Where(t => t.Feasible && !rejected.Contains(t)
                && t.ClusterCount >= leader.ClusterCount && t.ClusterCount <= leader.ClusterCount + Options.BoundaryExtraSegments
                && t.Indices?.NeighbourKept > leaderKept && t.Indices.NeighbourModularity > leaderModularity)
            .MaxBy(t => t.Indices!.NeighbourModularity!.Value);
        var pick = CutRatioRule.Choose(ranked, cleanest ?? leader, rejected, Options.BoundaryCutShare) ?? cleanest;
        return pick is null ? ranked : [pick, .. ranked.Where(t => t != pick)];
    }

    // The winner is decided once (ChooseValidated): ranking again here with its stability estimate in its
    // score could hand the win to another challenger of the neighbour-graph rule (and from there to one more
    // segment than BoundaryExtraSegments allows), so the winner leads and the rest follow the final ranking.
    private SelectionResult Finish(List<Trial> trials, Trial winner, int[] evaluationRows, SearchBudget budget, IReadOnlySet<Trial> rejected)
    {
        var rescored = Rank(trials, rejected);
        Trial[] ranked = [winner, .. rescored.Where(t => t != winner)];
        if (winner.Indices is null)
        {
            throw new InvalidOperationException(
                $"No candidate produced two or more clusters; the first reason: {winner.Reason ?? "none"}.");
        }

        var leaderboard = ranked.Select((t, i) => ToEntry(t, i + 1)).ToArray();
        if (Inspector is not null)
        {
            for (int i = 0; i < ranked.Length; i++)
            {
                Inspector(leaderboard[i], ranked[i].Labels);
            }
        }
        var finalists = ranked
            .Where(t => t.Feasible)
            .Select(t => (t.Candidate, evaluationRows.Select(r => t.Labels![r]).ToArray()))
            .ToArray();
        return new SelectionResult(
            winner.Candidate,
            winner.Model!,
            winner.Labels!,
            leaderboard,
            winner.Stability,
            winner.Feasible,
            finalists,
            evaluationRows,
            budget.Elapsed,
            trials.Count(t => t.Status is CandidateStatus.Skipped or CandidateStatus.TimedOut))
        {
            PlannedSeconds = budget.Spent,
            TimeLimitReached = budget.TimeLimitReached,
        };
    }

    /// <summary>
    /// The seeded evaluation sample every candidate is measured on and its neighbour graph; the seeded sample the valley
    /// ratio is measured on and its density valleys (graph and valleys null when the neighbour rules are off).
    /// </summary>
    private sealed record Evaluation(int[] Rows, Matrix<double> Space, NeighbourGraph? Graph, int[] ValleyRows, DensityValleys? Valleys);

    private static int StatusOrder(CandidateStatus status) => status switch
    {
        CandidateStatus.Scored => 0,
        CandidateStatus.Screened => 1,
        CandidateStatus.Outranked => 2,
        CandidateStatus.Infeasible => 3,
        CandidateStatus.Failed => 4,
        CandidateStatus.TimedOut => 5,
        _ => 6,
    };

    private static LeaderboardEntry ToEntry(Trial t, int rank)
    {
        var c = t.Candidate;
        bool fitted = t.Labels is not null;
        return new LeaderboardEntry(
            rank,
            c.Description,
            c.Preprocessing,
            c.Algorithm.Name,
            c.Variant,
            c.K,
            t.Status,
            t.Status is CandidateStatus.Scored ? null : t.Reason,
            fitted ? t.ClusterCount : null,
            fitted ? t.NoiseShare : null,
            fitted ? t.SmallestShare : null,
            t.Indices?.Silhouette,
            t.Indices?.CalinskiHarabasz,
            t.Indices?.DaviesBouldin,
            t.Indices?.Bic,
            t.Stability?.MeanAri,
            t.Score,
            t.FitSeconds,
            t.GapRatio,
            t.Indices?.NeighbourModularity,
            t.Indices?.ValleyRatio,
            t.Indices?.NeighbourCutRatio);
    }
}
