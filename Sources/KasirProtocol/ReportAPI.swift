/// `id.kasir.Report`: daily summaries and exports for the koperasi board.
public enum ReportAPI {}
