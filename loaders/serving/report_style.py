"""The report's style sheet: system fonts only, nothing fetched."""

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f4f6; color: #1f2933;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
header { background: #1f2933; color: #f5f7fa; padding: 28px 40px 24px; }
header h1 { margin: 0 0 4px; font-size: 26px; letter-spacing: .3px; }
header p { margin: 0; color: #cbd2d9; font-size: 14px; }
.figures { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 18px; }
.figure { background: #323f4b; border-radius: 8px; padding: 10px 16px; min-width: 130px; }
.figure b { display: block; font-size: 24px; color: #fff; }
.figure span { font-size: 12px; color: #cbd2d9; text-transform: uppercase; letter-spacing: .6px; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 20px 40px; }
section { background: #fff; border-radius: 10px; padding: 22px 26px 20px; margin: 0 0 22px;
  box-shadow: 0 1px 3px rgba(31, 41, 51, .08); }
section h2 { margin: 0 0 6px; font-size: 19px; }
section .intro { margin: 0 0 14px; color: #52606d; max-width: 900px; }
section .source { margin: 12px 0 0; color: #7b8794; font-size: 12px; }
section code { background: #f0f2f5; padding: 1px 5px; border-radius: 4px; }
svg { max-width: 100%; height: auto; display: block; }
.nodata { background: #fff8e1; border-left: 4px solid #f0b429; padding: 12px 16px; margin: 0;
  border-radius: 4px; }
.note { color: #616e7c; font-size: 13px; margin: 8px 0; }
.legend { display: flex; flex-wrap: wrap; gap: 16px; font-size: 13px; margin: 0 0 10px; }
.legend i { display: inline-block; width: 12px; height: 12px; border-radius: 50%;
  margin-right: 6px; vertical-align: -1px; }
table.disputes { border-collapse: collapse; width: 100%; font-size: 14px; }
table.disputes th { text-align: left; font-weight: 600; color: #52606d; font-size: 12px;
  text-transform: uppercase; letter-spacing: .5px; border-bottom: 2px solid #e4e7eb;
  padding: 8px 10px; }
table.disputes td { border-bottom: 1px solid #eef0f2; padding: 10px; vertical-align: top; }
table.disputes .num { text-align: right; font-variant-numeric: tabular-nums; }
table.disputes .actor { font-weight: 600; }
table.disputes .target { display: block; font-weight: 600; color: #8c2d04; }
table.disputes .who { display: block; color: #616e7c; font-size: 13px; }
table.disputes .when { white-space: nowrap; color: #616e7c; }
footer { max-width: 1180px; margin: 0 auto; padding: 0 20px 40px; color: #7b8794;
  font-size: 12px; }
"""
