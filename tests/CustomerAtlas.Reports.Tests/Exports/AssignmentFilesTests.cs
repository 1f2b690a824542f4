using CustomerAtlas.Reports.Exports;

namespace CustomerAtlas.Reports.Tests.Exports;

public sealed class AssignmentFilesTests
{
    [Fact]
    public async Task Parquet_round_trips_and_csv_quotes_names_with_commas()
    {
        using var dir = new TempDirectory("atlas-exp-");
        var rows = new List<AssignmentRow>
        {
            new() { CustomerId = "1", SegmentId = 0, SegmentName = "Big, \"loyal\"", Distance = 0.5, Confidence = 0.25 },
            new() { CustomerId = "2", SegmentId = 1, SegmentName = "Lapsed", Distance = 1.5, Confidence = 0.75 },
        };
        string parquet = dir.PathOf("s.parquet");
        await AssignmentFiles.WriteParquetAsync(parquet, rows);
        var back = await AssignmentFiles.ReadParquetAsync(parquet);
        Assert.Equal(rows.Select(r => (r.CustomerId, r.SegmentId, r.SegmentName, r.Distance, r.Confidence)),
            back.Select(r => (r.CustomerId, r.SegmentId, r.SegmentName, r.Distance, r.Confidence)));

        string csv = dir.PathOf("s.csv");
        AssignmentFiles.WriteCsv(csv, rows);
        Assert.Equal(
            ["customer_id,segment_id,segment_name,distance,confidence", "1,0,\"Big, \"\"loyal\"\"\",0.5,0.25", "2,1,Lapsed,1.5,0.75"],
            File.ReadAllLines(csv));
    }
}
