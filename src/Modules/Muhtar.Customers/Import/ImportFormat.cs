namespace Muhtar.Customers.Import;

internal enum ImportFormat
{
    Csv = 1,
    Xlsx = 2,
}
