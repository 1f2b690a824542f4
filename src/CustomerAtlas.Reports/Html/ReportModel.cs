namespace CustomerAtlas.Reports.Html;

/// <summary>Everything the HTML report shows, in plain values (the pipeline fills it).</summary>
public sealed record ReportModel
{
    /// <summary>Report title.</summary>
    public required string Title { get; init; }

    /// <summary>Input file.</summary>
    public required string Source { get; init; }

    /// <summary>When the run finished.</summary>
    public required DateTimeOffset Created { get; init; }

    /// <summary>Rows read.</summary>
    public required long Rows { get; init; }

    /// <summary>Rows that fed the features.</summary>
    public required long RowsUsed { get; init; }

    /// <summary>Customers segmented.</summary>
    public required long Customers { get; init; }

    /// <summary>"TransactionLog" or "CustomerTable".</summary>
    public required string Shape { get; init; }

    /// <summary>Schema decisions ("id: CustomerID (name looks like a customer id)").</summary>
    public required IReadOnlyList<string> Decisions { get; init; }

    /// <summary>Quality findings.</summary>
    public required IReadOnlyList<ReportIssue> Issues { get; init; }

    /// <summary>Preprocessing choices, one line per feature (kept or dropped).</summary>
    public required IReadOnlyList<string> Preprocessing { get; init; }

    /// <summary>k candidates.</summary>
    public required IReadOnlyList<ReportK> KCandidates { get; init; }

    /// <summary>"silhouette" or "forced".</summary>
    public required string SelectionMethod { get; init; }

    /// <summary>The k used.</summary>
    public required int ChosenK { get; init; }

    /// <summary>Segments in id order.</summary>
    public required IReadOnlyList<ReportSegment> Segments { get; init; }

    /// <summary>Heat map columns (features).</summary>
    public required IReadOnlyList<string> HeatFeatures { get; init; }

    /// <summary>Heat map cells: [segment, feature] standardized difference from the overall mean.</summary>
    public required double[,] Heat { get; init; }

    /// <summary>2-D PCA coordinates and segment of (a sample of) customers.</summary>
    public required IReadOnlyList<ReportPoint> Scatter { get; init; }

    /// <summary>Share of variance the two PCA components explain.</summary>
    public required double ScatterExplained { get; init; }

    /// <summary>Profile table rows: feature and its mean per segment (then overall).</summary>
    public required IReadOnlyList<ReportProfileRow> Profile { get; init; }

    /// <summary>Outcome columns shown per segment (positive rate).</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>Pre-rendered, already HTML-encoded sections appended at the end (the automatic segmentation's); default none.</summary>
    public string? ExtraSectionsHtml { get; init; }
}

/// <summary>A quality finding.</summary>
/// <param name="Reason">Reason code.</param>
/// <param name="Description">Words.</param>
/// <param name="Rows">Rows affected.</param>
/// <param name="Action">Remediation.</param>
public sealed record ReportIssue(string Reason, string Description, long Rows, string Action);

/// <summary>One k candidate.</summary>
/// <param name="K">k.</param>
/// <param name="Silhouette">Silhouette.</param>
/// <param name="CalinskiHarabasz">CH.</param>
/// <param name="DaviesBouldin">DB.</param>
public sealed record ReportK(int K, double Silhouette, double CalinskiHarabasz, double DaviesBouldin);

/// <summary>One segment.</summary>
/// <param name="Id">Id.</param>
/// <param name="Name">Name.</param>
/// <param name="Size">Customers.</param>
/// <param name="Share">Share of customers.</param>
/// <param name="RevenueShare">Share of spend or null.</param>
/// <param name="Drivers">Driver descriptions ("monetary_total +1.8 sd").</param>
/// <param name="OutcomeRates">Outcome → positive rate.</param>
public sealed record ReportSegment(int Id, string Name, int Size, double Share, double? RevenueShare, IReadOnlyList<string> Drivers, IReadOnlyDictionary<string, double> OutcomeRates);

/// <summary>A scatter point.</summary>
/// <param name="X">First component.</param>
/// <param name="Y">Second component.</param>
/// <param name="Segment">Segment id.</param>
public sealed record ReportPoint(double X, double Y, int Segment);

/// <summary>A profile table row.</summary>
/// <param name="Feature">Feature.</param>
/// <param name="SegmentMeans">Mean per segment (id order).</param>
/// <param name="OverallMean">Mean over all customers.</param>
public sealed record ReportProfileRow(string Feature, IReadOnlyList<double> SegmentMeans, double OverallMean);
