namespace Muhtar.Customers.Export;

/// <summary>
/// CSV is UTF-8 with a BOM (Excel then reads ş, ğ, İ right) and semicolons by default, because Excel in a
/// Turkish locale splits CSV on semicolons (the comma is the decimal separator); comma is offered too.
/// </summary>
internal enum ExportFormat
{
    Csv = 1,
    Xlsx = 2,
}
