<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AreaPage</name>
    <message>
        <source>Questions that do not apply to this business: %1</source>
        <translation>Câu hỏi không áp dụng với cơ sở này: %1</translation>
    </message>
    <message>
        <source>Does not apply given the business profile or earlier answers.</source>
        <translation>Không áp dụng theo hồ sơ cơ sở hoặc các câu trả lời trước.</translation>
    </message>
</context>
<context>
    <name>AssessorBox</name>
    <message>
        <source>Assessor</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <source>For consultants: your name and organisation appear on the report. Business owners assessing themselves can leave this empty.</source>
        <translation>Dành cho tư vấn viên: tên và đơn vị của bạn sẽ in trên báo cáo. Chủ cơ sở tự đánh giá có thể để trống.</translation>
    </message>
    <message>
        <source>Assessor &amp;name</source>
        <translation>&amp;Tên người đánh giá</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Đơn &amp;vị</translation>
    </message>
    <message>
        <source>Assessor name</source>
        <translation>Tên người đánh giá</translation>
    </message>
    <message>
        <source>Assessor organisation</source>
        <translation>Đơn vị của người đánh giá</translation>
    </message>
</context>
<context>
    <name>BusinessActions</name>
    <message>
        <source>That did not work</source>
        <translation>Chưa thực hiện được</translation>
    </message>
    <message>
        <source>Delete “%1” and its %2 assessment(s)?</source>
        <translation>Xóa “%1” cùng %2 bài đánh giá của cơ sở này?</translation>
    </message>
    <message>
        <source>A backup of the data as it was before is kept in the data folder, so it can be restored.</source>
        <translation>Bản sao lưu dữ liệu trước khi xóa được giữ trong thư mục dữ liệu, nên có thể khôi phục lại.</translation>
    </message>
    <message>
        <source>Delete business</source>
        <translation>Xóa cơ sở kinh doanh</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Import assessment files</source>
        <translation>Nhập tệp đánh giá</translation>
    </message>
    <message>
        <source>Assessment files (*.json)</source>
        <translation>Tệp đánh giá (*.json)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>Đã có trên máy</translation>
    </message>
    <message>
        <source>%1 of these assessments are already stored on this computer. What should be done with them?</source>
        <translation>%1 bài đánh giá trong số này đã có trên máy tính. Bạn muốn xử lý thế nào?</translation>
    </message>
    <message>
        <source>Keep the stored ones</source>
        <translation>Giữ bản đang có</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Thay bằng bản mới</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Giữ cả hai</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>Tệp dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
</context>
<context>
    <name>BusinessDialog</name>
    <message>
        <source>Enter a whole number, for example 1.500.000</source>
        <translation>Hãy nhập số nguyên, ví dụ 1.500.000</translation>
    </message>
    <message>
        <source>Edit business</source>
        <translation>Sửa thông tin cơ sở</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Cơ sở kinh doanh mới</translation>
    </message>
</context>
<context>
    <name>BusinessForm</name>
    <message>
        <source>Fields marked * are required. The size class follows Decree 80/2021/ND-CP, Article 5.</source>
        <translation>Mục có dấu * là bắt buộc. Quy mô được xác định theo Điều 5 Nghị định 80/2021/NĐ-CP.</translation>
    </message>
    <message>
        <source>Name of the business *</source>
        <translation>Tên cơ sở kinh doanh *</translation>
    </message>
    <message>
        <source>Name of the business</source>
        <translation>Tên cơ sở kinh doanh</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Lỗi ở tên cơ sở</translation>
    </message>
    <message>
        <source>Problem with the tax code</source>
        <translation>Lỗi ở mã số thuế</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Type of business</source>
        <translation>Loại hình kinh doanh</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Khu vực kinh tế</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>Ngành nghề</translation>
    </message>
    <message>
        <source>Produces or processes goods</source>
        <translation>Sản xuất hoặc chế biến hàng hóa</translation>
    </message>
    <message>
        <source>Produces or processes goods (production questions apply)</source>
        <translation>Có sản xuất hoặc chế biến hàng hóa (áp dụng các câu hỏi về sản xuất)</translation>
    </message>
    <message>
        <source>Workers with social insurance</source>
        <translation>Số lao động tham gia BHXH</translation>
    </message>
    <message>
        <source>Problem with the number of workers</source>
        <translation>Lỗi ở số lao động</translation>
    </message>
    <message>
        <source>Problem with the revenue</source>
        <translation>Lỗi ở doanh thu</translation>
    </message>
    <message>
        <source>Problem with the capital</source>
        <translation>Lỗi ở nguồn vốn</translation>
    </message>
    <message>
        <source>Problem with the commune</source>
        <translation>Lỗi ở xã/phường</translation>
    </message>
    <message>
        <source>Annual revenue (VND)</source>
        <translation>Doanh thu năm (đồng)</translation>
    </message>
    <message>
        <source>Annual revenue in VND</source>
        <translation>Doanh thu năm, tính bằng đồng</translation>
    </message>
    <message>
        <source>Total capital (VND)</source>
        <translation>Tổng nguồn vốn (đồng)</translation>
    </message>
    <message>
        <source>Total capital in VND</source>
        <translation>Tổng nguồn vốn, tính bằng đồng</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Quy mô</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Type to search the 78 communes</source>
        <translation>Gõ để tìm trong 78 xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>BusinessesView</name>
    <message>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>(questionnaire version not installed)</source>
        <translation>(không có phiên bản bộ câu hỏi này)</translation>
    </message>
    <message>
        <source>%1% answered</source>
        <translation>Đã trả lời %1%</translation>
    </message>
    <message>
        <source>Start assessment %1</source>
        <translation>Bắt đầu đánh giá %1</translation>
    </message>
    <message>
        <source>Re-assess (%1) from a copy of the last</source>
        <translation>Đánh giá lại (%1) từ bản sao lần trước</translation>
    </message>
    <message>
        <source>Continue the draft</source>
        <translation>Tiếp tục bản nháp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Cơ sở kinh doanh</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Cơ sở mới</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Nhập từ tệp…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Search by name, tax code or commune</source>
        <translation>Tìm theo tên, mã số thuế hoặc xã/phường</translation>
    </message>
    <message>
        <source>Search businesses</source>
        <translation>Tìm cơ sở kinh doanh</translation>
    </message>
    <message>
        <source>No business matches your search.</source>
        <translation>Không có cơ sở nào khớp với từ khóa.</translation>
    </message>
    <message>
        <source>Choose a business on the left to see its assessments.</source>
        <translation>Chọn một cơ sở ở bên trái để xem các bài đánh giá.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Quy mô</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Các bài đánh giá</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Lần</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Overall level</source>
        <translation>Mức chung</translation>
    </message>
    <message>
        <source>Assessments of this business</source>
        <translation>Các bài đánh giá của cơ sở này</translation>
    </message>
    <message>
        <source>No assessment yet. Start the first one (T0) to measure where the business stands today.</source>
        <translation>Chưa có bài đánh giá nào. Hãy bắt đầu lần đầu (T0) để biết cơ sở đang ở mức nào.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is only one assessment of this business. Start a re-assessment (T1, T2…) later to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different assessments to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished">Mức</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Lĩnh vực</translation>
    </message>
    <message>
        <source>DBI pillar</source>
        <translation type="unfinished">Trụ cột DBI</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions that moved (%1 up, %2 down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newly answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score at every stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by area</source>
        <translation type="unfinished">Điểm theo lĩnh vực</translation>
    </message>
    <message>
        <source>By area</source>
        <translation type="unfinished">Theo lĩnh vực</translation>
    </message>
    <message>
        <source>By DBI pillar</source>
        <translation type="unfinished">Theo trụ cột DBI</translation>
    </message>
    <message>
        <source>Radar chart of both assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the overall score at every stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No assessment open</source>
        <translation>Chưa mở bài đánh giá nào</translation>
    </message>
    <message>
        <source>Choose a business under Businesses, then start a new assessment or continue a draft. Your answers are saved as you go.</source>
        <translation>Chọn một cơ sở trong mục Cơ sở kinh doanh, rồi bắt đầu bài đánh giá mới hoặc tiếp tục bản nháp. Câu trả lời được lưu ngay khi bạn chọn.</translation>
    </message>
    <message>
        <source>Go to businesses</source>
        <translation>Đến danh sách cơ sở</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Choose or complete an assessment first: its level and its scores by area and by pillar appear here once every applicable question is answered.</source>
        <translation>Hãy chọn hoặc hoàn thành một bài đánh giá trước: mức độ, điểm theo lĩnh vực và theo trụ cột sẽ hiện ở đây khi mọi câu hỏi áp dụng đã được trả lời.</translation>
    </message>
    <message>
        <source>Support policies</source>
        <translation>Chính sách hỗ trợ</translation>
    </message>
    <message>
        <source>Choose or complete an assessment first: the public support programmes the business may use are matched against its profile and answers.</source>
        <translation>Hãy chọn hoặc hoàn thành một bài đánh giá trước: các chương trình hỗ trợ của Nhà nước mà cơ sở có thể dùng được đối chiếu theo hồ sơ và câu trả lời.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Choose or complete an assessment first: the printable PDF report and the files to carry to another computer are made from it.</source>
        <translation>Hãy chọn hoặc hoàn thành một bài đánh giá trước: báo cáo PDF để in và tệp mang sang máy khác được tạo từ bài đánh giá đó.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>CĐS Desktop hit an unexpected error. Your answers are saved automatically, so you can usually carry on. If it happens again, send the details below to your consultant or the developers.</source>
        <translation>CĐS Desktop gặp một lỗi ngoài dự kiến. Câu trả lời của bạn được lưu tự động nên thường vẫn có thể làm tiếp. Nếu lỗi lặp lại, hãy gửi nội dung chi tiết dưới đây cho tư vấn viên hoặc nhóm phát triển.</translation>
    </message>
    <message>
        <source>The error was also written to the log file: %1</source>
        <translation>Lỗi cũng đã được ghi vào tệp nhật ký: %1</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Chi tiết lỗi</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Your last change could not be saved.</source>
        <translation>Thay đổi gần nhất của bạn chưa lưu được.</translation>
    </message>
    <message>
        <source>CĐS Desktop is already open</source>
        <translation>CĐS Desktop đang mở</translation>
    </message>
    <message>
        <source>CĐS Desktop is already open in another window. Use that window, or close it and start again.</source>
        <translation>CĐS Desktop đang mở ở một cửa sổ khác. Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại ứng dụng.</translation>
    </message>
    <message>
        <source>The data cannot be opened</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <source>The questionnaire cannot be loaded</source>
        <translation>Không tải được bộ câu hỏi</translation>
    </message>
    <message>
        <source>This assessment cannot be opened</source>
        <translation>Không mở được bài đánh giá này</translation>
    </message>
    <message>
        <source>It was made with a questionnaire version this copy of the app does not have. Update the app.</source>
        <translation>Bài này được làm với một phiên bản bộ câu hỏi mà ứng dụng này chưa có. Hãy cập nhật ứng dụng.</translation>
    </message>
    <message>
        <source>Not complete yet</source>
        <translation>Chưa hoàn thành</translation>
    </message>
    <message>
        <source>Assessment completed</source>
        <translation>Đã hoàn thành đánh giá</translation>
    </message>
    <message>
        <source>The assessment %1 is completed. Overall level: %2 – %3.</source>
        <translation>Bài đánh giá %1 đã hoàn thành. Mức chung: %2 – %3.</translation>
    </message>
    <message>
        <source>Assessment %1 (draft)</source>
        <translation>Đánh giá %1 (bản nháp)</translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation>Đánh giá %1</translation>
    </message>
    <message>
        <source>Current business</source>
        <translation>Cơ sở đang chọn</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>CĐS Desktop</source>
        <translation>CĐS Desktop</translation>
    </message>
    <message>
        <source>Digital transformation self-assessment</source>
        <translation>Tự đánh giá chuyển đổi số</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Cơ sở kinh doanh</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Chính sách hỗ trợ</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Nội dung đang xem</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Questions still unanswered: %1. Every question that applies needs an answer before the assessment can be completed. Choose one to go there:</source>
        <translation>Còn %1 câu hỏi chưa trả lời. Mọi câu hỏi áp dụng đều cần được trả lời trước khi hoàn thành đánh giá. Chọn một câu để đến đó:</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Câu hỏi chưa trả lời</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Something went wrong. Nothing was changed. The details are in the log file.</source>
        <translation>Đã xảy ra lỗi. Chưa có gì bị thay đổi. Chi tiết được ghi trong tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>PoliciesView</name>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched on %1 against: %2. Check with the agency before you apply: policies change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (updated %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not determined for this business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support policies and obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Level %1</source>
        <translation>Mức %1</translation>
    </message>
    <message>
        <source>✓ Answered</source>
        <translation>✓ Đã trả lời</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <source>Add a note: evidence, what is planned…</source>
        <translation>Thêm ghi chú: bằng chứng, dự định sắp tới…</translation>
    </message>
    <message>
        <source>Choose an answer first, then add a note here</source>
        <translation>Hãy chọn câu trả lời trước, rồi ghi chú tại đây</translation>
    </message>
    <message>
        <source>Question %1 · %2</source>
        <translation>Câu %1 · %2</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ví dụ:</translation>
    </message>
    <message>
        <source>Choose the level that best describes the business now:</source>
        <translation>Chọn mức mô tả đúng nhất tình hình hiện nay của cơ sở:</translation>
    </message>
    <message>
        <source>Tick every option that applies:</source>
        <translation>Đánh dấu mọi lựa chọn đúng với cơ sở:</translation>
    </message>
    <message>
        <source>Not applicable to this business</source>
        <translation>Không áp dụng với cơ sở này</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>%1: notes</source>
        <translation>%1: ghi chú</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Xóa câu trả lời</translation>
    </message>
    <message>
        <source>%1: clear answer</source>
        <translation>%1: xóa câu trả lời</translation>
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message>
        <source>%1 · Question %2: %3</source>
        <translation>%1 · Câu %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Đã trả lời %1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>Đã trả lời %1/%2 câu hỏi</translation>
    </message>
    <message>
        <source>Digital transformation assessment</source>
        <translation>Đánh giá chuyển đổi số</translation>
    </message>
    <message>
        <source>Assessment %1 · %2</source>
        <translation>Đánh giá %1 · %2</translation>
    </message>
    <message>
        <source>Complete assessment</source>
        <translation>Hoàn thành đánh giá</translation>
    </message>
    <message>
        <source>Checks that every question that applies has an answer</source>
        <translation>Kiểm tra mọi câu hỏi áp dụng đều đã có câu trả lời</translation>
    </message>
    <message>
        <source>← Previous area (%1)</source>
        <translation>← Lĩnh vực trước (%1)</translation>
    </message>
    <message>
        <source>Previous area: %1</source>
        <translation>Lĩnh vực trước: %1</translation>
    </message>
    <message>
        <source>Next area (%1) →</source>
        <translation>Lĩnh vực tiếp theo (%1) →</translation>
    </message>
    <message>
        <source>Next area: %1</source>
        <translation>Lĩnh vực tiếp theo: %1</translation>
    </message>
    <message>
        <source>Areas of the questionnaire</source>
        <translation>Các lĩnh vực của bộ câu hỏi</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Results: %1, %2</source>
        <translation>Kết quả: %1, %2</translation>
    </message>
    <message>
        <source>Overall level %1</source>
        <translation>Mức chung %1</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Mức %1: %2</translation>
    </message>
    <message>
        <source>Overall score: %1 / 100</source>
        <translation>Điểm chung: %1/100</translation>
    </message>
    <message>
        <source>Draft: %1 % of the applicable questions answered. The figures so far count the answered ones only.</source>
        <translation>Bản nháp: đã trả lời %1% số câu hỏi áp dụng. Các số liệu hiện chỉ tính những câu đã trả lời.</translation>
    </message>
    <message>
        <source>Scores by area</source>
        <translation>Điểm theo lĩnh vực</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <source>By DBI pillar</source>
        <translation>Theo trụ cột DBI</translation>
    </message>
    <message>
        <source>Strongest answers</source>
        <translation>Điểm mạnh nhất</translation>
    </message>
    <message>
        <source>Where to improve first</source>
        <translation>Cần cải thiện trước</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức</translation>
    </message>
    <message>
        <source>DBI pillar</source>
        <translation>Trụ cột DBI</translation>
    </message>
    <message>
        <source>Radar chart of the scores by area</source>
        <translation>Biểu đồ radar điểm theo lĩnh vực</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <source>No steps: every answer has reached its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps in this phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next level (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep level %1 (no step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished">Mức %1</translation>
    </message>
    <message>
        <source>Target level for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step for each answer below its target, most useful first. Legal obligations and quick wins come in the first three months. Each step lists the supports that can pay for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target level per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For consultants: by default each answer aims one level higher. Choose a higher target, or keep a level to leave it out of the roadmap. Targets are saved with the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Lĩnh vực</translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Ngôn ngữ của ứng dụng</translation>
    </message>
    <message>
        <source>Consultant profile</source>
        <translation>Thông tin tư vấn viên</translation>
    </message>
    <message>
        <source>Consultants: your name, organisation and phone are suggested as the assessor and printed on reports. Leave empty for self-assessment.</source>
        <translation>Dành cho tư vấn viên: tên, đơn vị và số điện thoại của bạn được điền sẵn làm người đánh giá và in trên báo cáo. Để trống nếu cơ sở tự đánh giá.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Consultant name</source>
        <translation>Tên tư vấn viên</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Consultant organisation</source>
        <translation>Đơn vị của tư vấn viên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Consultant phone</source>
        <translation>Điện thoại của tư vấn viên</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Your businesses and assessments are stored on this computer only, in this folder:</source>
        <translation>Thông tin cơ sở và các bài đánh giá chỉ được lưu trên máy tính này, trong thư mục:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to CĐS Desktop</source>
        <translation>Chào mừng bạn đến với CĐS Desktop</translation>
    </message>
    <message>
        <source>Answer about forty questions on how your business uses digital tools, and the app tells you its digital maturity level, what to improve first, and which public support programmes can help pay for it. Everything stays on this computer; a printable report sums it up.</source>
        <translation>Trả lời khoảng bốn mươi câu hỏi về cách cơ sở của bạn dùng công cụ số, ứng dụng sẽ cho biết mức độ chuyển đổi số, việc nên cải thiện trước và những chương trình hỗ trợ của Nhà nước có thể chi trả. Mọi dữ liệu chỉ lưu trên máy tính này; một báo cáo để in tóm tắt toàn bộ kết quả.</translation>
    </message>
    <message>
        <source>Start by adding your business, or open the sample business to look around first.</source>
        <translation>Hãy bắt đầu bằng việc thêm cơ sở của bạn, hoặc mở cơ sở mẫu để xem thử trước.</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Cơ sở mới</translation>
    </message>
    <message>
        <source>Open the sample business</source>
        <translation>Mở cơ sở mẫu</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Nhập từ tệp…</translation>
    </message>
</context>
</TS>
