<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AreaPage</name>
    <message>
        <source>Questions that do not apply to this business: {count}</source>
        <translation>Câu hỏi không áp dụng với cơ sở này: {count}</translation>
    </message>
    <message>
        <source>Does not apply given the business profile or earlier answers.</source>
        <translation>Không áp dụng theo hồ sơ cơ sở hoặc các câu trả lời trước.</translation>
    </message>
</context>
<context>
    <name>AssessorBox</name>
    <message>
        <source>From {earliest} to {latest}.</source>
        <translation>Từ ngày {earliest} đến ngày {latest}.</translation>
    </message>
    <message>
        <source>From {earliest}.</source>
        <translation>Từ ngày {earliest}.</translation>
    </message>
    <message>
        <source>Not after {latest}.</source>
        <translation>Không sau ngày {latest}.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is wrong (it says {day}): set the day of the visit.</source>
        <translation>Đồng hồ của máy tính bị sai (đang chỉ {day}): hãy đặt ngày của buổi đánh giá.</translation>
    </message>
    <message>
        <source>Assessor and date</source>
        <translation>Người đánh giá và ngày đánh giá</translation>
    </message>
    <message>
        <source>For consultants: your name and organisation appear on the report. Business owners assessing themselves can leave them empty. The date is the day the answers describe (the visit, or the day the paper form was filled).</source>
        <translation>Dành cho tư vấn viên: tên và đơn vị của bạn sẽ in trên báo cáo. Chủ cơ sở tự đánh giá có thể để trống. Ngày đánh giá là ngày mà các câu trả lời mô tả (ngày đến cơ sở, hoặc ngày điền phiếu giấy).</translation>
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
    <message>
        <source>Assessment &amp;date</source>
        <translation>&amp;Ngày đánh giá</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Ngày đánh giá</translation>
    </message>
</context>
<context>
    <name>BatchReview</name>
    <message>
        <source>The draft was not saved</source>
        <translation>Chưa lưu được bản nháp</translation>
    </message>
    <message>
        <source>{count} drafts were saved, one for each business listed. {first}&apos;s is open now; to open another, choose its business under Businesses, then “Continue the draft”.</source>
        <translation>Đã lưu {count} bản nháp, mỗi cơ sở trong danh sách một bản. Bản nháp của {first} đang mở; để mở bản khác, chọn cơ sở đó trong mục Cơ sở kinh doanh, rồi bấm “Tiếp tục bản nháp”.</translation>
    </message>
    <message>
        <source>Drafts not saved</source>
        <translation>Còn bản nháp chưa lưu</translation>
    </message>
    <message>
        <source>{count} of the {total} drafts read are not saved: their answers are lost when this window closes (the paper pages can be read again).</source>
        <translation>{count} trong {total} bản nháp đã đọc chưa được lưu: các câu trả lời của chúng sẽ mất khi đóng cửa sổ này (có thể đọc lại các trang giấy).</translation>
    </message>
    <message>
        <source>Close without saving them</source>
        <translation>Đóng, không lưu chúng</translation>
    </message>
    <message>
        <source>Printout {printout}</source>
        <translation>Bản in {printout}</translation>
    </message>
    <message>
        <source>Form printed by an earlier version</source>
        <translation>Phiếu in bằng phiên bản trước</translation>
    </message>
    <message>
        <source>Saved: {business}</source>
        <translation>Đã lưu: {business}</translation>
    </message>
    <message>
        <source>{pages}, {uncertain} to check</source>
        <translation>{pages}, {uncertain} mục cần xem lại</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 trang</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} trang</translation>
    </message>
    <message>
        <source>Save this draft</source>
        <translation>Lưu bản nháp này</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Read paper forms: one draft per printout</source>
        <translation>Đọc phiếu giấy: mỗi bản in một bản nháp</translation>
    </message>
    <message>
        <source>The pages make {count} drafts, never merged: one per printout, and one per scanned file for a printout photocopied for several businesses. Check each one and save it; saving one leaves the others as they are.</source>
        <translation>Các trang thành {count} bản nháp, không gộp: mỗi bản in một bản nháp, và với bản in được photo cho nhiều cơ sở thì mỗi tệp quét một bản nháp. Hãy xem lại từng bản và lưu; lưu một bản không ảnh hưởng đến các bản khác.</translation>
    </message>
    <message>
        <source>The pages belong to {count} printouts: each is its own draft, never merged. Check each one and save it; saving one leaves the others as they are.</source>
        <translation>Các trang thuộc {count} bản in: mỗi bản in là một bản nháp riêng, không gộp. Hãy xem lại từng bản và lưu; lưu một bản không ảnh hưởng đến các bản khác.</translation>
    </message>
    <message>
        <source>Pages in no draft:</source>
        <translation>Trang không thuộc bản nháp nào:</translation>
    </message>
    <message>
        <source>Saved as a draft assessment of {business}.</source>
        <translation>Đã lưu thành đánh giá nháp của {business}.</translation>
    </message>
    <message>
        <source>Drafts read, one per printout</source>
        <translation>Các bản nháp đã đọc, mỗi bản in một bản</translation>
    </message>
    <message>
        <source>Drafts saved</source>
        <translation>Đã lưu các bản nháp</translation>
    </message>
</context>
<context>
    <name>BenchmarkView</name>
    <message>
        <source>Figures from fewer than {minimum} businesses are not shown: they would point to the businesses and mean little.</source>
        <translation>Số liệu từ dưới {minimum} cơ sở không được hiển thị: chúng có thể chỉ ra từng cơ sở và ít ý nghĩa.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Tổng thể</translation>
    </message>
    <message>
        <source>Compared with similar businesses</source>
        <translation>So với các cơ sở tương tự</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>This business</source>
        <translation>Cơ sở này</translation>
    </message>
    <message>
        <source>Mean of peers</source>
        <translation>Bình quân nhóm</translation>
    </message>
    <message>
        <source>Median of peers</source>
        <translation>Trung vị nhóm</translation>
    </message>
    <message>
        <source>Difference from the mean</source>
        <translation>Chênh lệch so với bình quân</translation>
    </message>
</context>
<context>
    <name>BusinessActions</name>
    <message>
        <source>That did not work</source>
        <translation>Chưa thực hiện được</translation>
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
        <source>Merge “{other}” into “{keep}”?</source>
        <translation>Gộp «{other}» vào «{keep}»?</translation>
    </message>
    <message>
        <source>Merge businesses</source>
        <translation>Gộp cơ sở kinh doanh</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>Merge finished</source>
        <translation>Đã gộp xong</translation>
    </message>
    <message>
        <source>“{other}” was merged into “{keep}”. To undo, restore the backup “Before a merge” in Settings.</source>
        <translation>Đã gộp «{other}» vào «{keep}». Để hoàn tác, khôi phục bản sao lưu «Trước khi gộp» trong Cài đặt.</translation>
    </message>
    <message>
        <source>Merge with another business</source>
        <translation>Gộp với cơ sở khác</translation>
    </message>
    <message>
        <source>The entry to merge into “{keep}”. Its assessments move to “{keep}”, whose profile stays as it is; then it is removed.</source>
        <translation>Mục sẽ gộp vào «{keep}». Các lần đánh giá của mục đó chuyển sang «{keep}» (hồ sơ của cơ sở được giữ không đổi), rồi mục đó bị xóa.</translation>
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
        <source>On the other laptop, the assessments of “{other}” belong to “{keep}”: the two entries were probably merged there. Merge them here too?</source>
        <translation>Trên máy kia, các lần đánh giá của «{other}» thuộc «{keep}»: có lẽ hai mục này đã được gộp ở máy đó. Gộp chúng ở máy này luôn?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Save all businesses to a file</source>
        <translation>Lưu tất cả cơ sở ra tệp</translation>
    </message>
    <message>
        <source>all-businesses</source>
        <translation>tat-ca-co-so</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Chưa có gì để lưu</translation>
    </message>
    <message>
        <source>There is no assessment to save yet: a file carries assessments with their business. Start an assessment first.</source>
        <translation>Chưa có đánh giá nào để lưu: tệp mang các lần đánh giá cùng cơ sở của chúng. Hãy bắt đầu một lần đánh giá trước.</translation>
    </message>
    <message>
        <source>What is named below must be corrected first, then they can be saved; nothing stored changes.</source>
        <translation>Cần sửa những điều nêu dưới đây trước rồi mới lưu các cơ sở này ra tệp được; dữ liệu đã lưu không thay đổi.</translation>
    </message>
    <message>
        <source>Save the other business</source>
        <translation>Lưu cơ sở còn lại</translation>
    </message>
    <message>
        <source>Save the other {count} businesses</source>
        <translation>Lưu {count} cơ sở còn lại</translation>
    </message>
    <message>
        <source>Some businesses cannot go in the file</source>
        <translation>Có cơ sở không lưu ra tệp được</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>Chưa lưu được tệp</translation>
    </message>
    <message>
        <source>Nothing was written; the data on this computer is unchanged.</source>
        <translation>Chưa ghi gì; dữ liệu trên máy này không thay đổi.</translation>
    </message>
    <message>
        <source>1 assessment saved in {path}. Open it on another computer with “Import a file…”.</source>
        <translation>Đã lưu 1 lần đánh giá vào {path}. Mở tệp này trên máy khác bằng “Nhập từ tệp…”.</translation>
    </message>
    <message>
        <source>{count} assessments saved in {path}. Open it on another computer with “Import a file…”.</source>
        <translation>Đã lưu {count} lần đánh giá vào {path}. Mở tệp này trên máy khác bằng “Nhập từ tệp…”.</translation>
    </message>
    <message>
        <source>Not in the file, to correct first with “Edit”: {names}.</source>
        <translation>Không có trong tệp, cần sửa trước bằng “Sửa”: {names}.</translation>
    </message>
    <message>
        <source>1 business with no assessment yet is not in the file.</source>
        <translation>1 cơ sở chưa có lần đánh giá nào không có trong tệp.</translation>
    </message>
    <message>
        <source>{count} businesses with no assessment yet are not in the file.</source>
        <translation>{count} cơ sở chưa có lần đánh giá nào không có trong tệp.</translation>
    </message>
    <message>
        <source>File saved</source>
        <translation>Đã lưu tệp</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>Đã có trên máy</translation>
    </message>
    <message>
        <source>{count} of these assessments are already stored on this computer. What should be done with them?</source>
        <translation>{count} bài đánh giá trong số này đã có trên máy tính. Bạn muốn xử lý thế nào?</translation>
    </message>
    <message>
        <source>Restore the data as it was on {when}?</source>
        <translation>Khôi phục dữ liệu như lúc {when}?</translation>
    </message>
    <message>
        <source>Every business and assessment goes back to how it was on {when}; changes made since then are replaced. The data as it is now is first kept as a backup (“Before a restore”), so you can go back to it.</source>
        <translation>Mọi cơ sở kinh doanh và bản đánh giá trở lại như lúc {when}; những thay đổi từ đó đến nay sẽ bị thay thế. Dữ liệu hiện tại được giữ lại trước thành một bản sao lưu (“Trước khi khôi phục”), nên bạn có thể quay lại nó.</translation>
    </message>
    <message>
        <source>The data is back as it was on {when}.</source>
        <translation>Dữ liệu đã trở lại như lúc {when}.</translation>
    </message>
    <message>
        <source>Keep the stored ones</source>
        <translation>Giữ bản đang có</translation>
    </message>
    <message>
        <source>Delete “{business}” and its assessment?</source>
        <translation>Xóa “{business}” cùng bài đánh giá của cơ sở này?</translation>
    </message>
    <message>
        <source>Delete “{business}” and its {count} assessments?</source>
        <translation>Xóa “{business}” cùng {count} bài đánh giá của cơ sở này?</translation>
    </message>
    <message>
        <source>Save “{name}” to a file</source>
        <translation>Lưu “{name}” ra tệp</translation>
    </message>
    <message>
        <source>Save the other business to the file? Not in it: {names} (every computer would refuse them on import).</source>
        <translation>Lưu cơ sở còn lại ra tệp? Không có trong tệp: {names} (mọi máy sẽ từ chối khi nhập).</translation>
    </message>
    <message>
        <source>Save the other {count} businesses to the file? Not in it: {names} (every computer would refuse them on import).</source>
        <translation>Lưu {count} cơ sở còn lại ra tệp? Không có trong tệp: {names} (mọi máy sẽ từ chối khi nhập).</translation>
    </message>
    <message>
        <source>Their details must be corrected first (“Edit”), then they can be saved; nothing stored changes.</source>
        <translation>Cần sửa thông tin của các cơ sở này trước (“Sửa”) rồi mới lưu ra tệp được; dữ liệu đã lưu không thay đổi.</translation>
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
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Đã khôi phục bản sao lưu</translation>
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
        <source>Edit business</source>
        <translation>Sửa thông tin cơ sở</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Cơ sở kinh doanh mới</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>BusinessForm</name>
    <message>
        <source>Fields marked * are required. The size class follows Decree 80/2021/ND-CP, Article 5.</source>
        <translation>Mục có dấu * là bắt buộc. Quy mô được xác định theo Điều 5 Nghị định 80/2021/NĐ-CP.</translation>
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
        <source>Sells directly to consumers</source>
        <translation>Bán trực tiếp cho người tiêu dùng</translation>
    </message>
    <message>
        <source>Retail, food and drink, accommodation, passenger transport: e-invoices from a cash register may be required</source>
        <translation>Bán lẻ, ăn uống, lưu trú, vận tải hành khách: có thể phải dùng hóa đơn điện tử từ máy tính tiền</translation>
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
        <source>Problem with the province</source>
        <translation>Lỗi ở tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Type to search the 78 communes (old names too)</source>
        <translation>Gõ để tìm trong 78 xã, phường, đặc khu (cả tên cũ)</translation>
    </message>
    <message>
        <source>Problem with the commune</source>
        <translation>Lỗi ở xã/phường</translation>
    </message>
    <message>
        <source>Problem with the e-mail address</source>
        <translation>Lỗi ở địa chỉ e-mail</translation>
    </message>
    <message>
        <source>Note on the province and commune</source>
        <translation>Ghi chú về tỉnh và xã, phường</translation>
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
        <source>{percent} answered</source>
        <translation>Đã trả lời {percent}</translation>
    </message>
    <message>
        <source>Start {stage} on a blank form</source>
        <translation>Bắt đầu {stage} với phiếu trống</translation>
    </message>
    <message>
        <source>Start: {stage}</source>
        <translation>Bắt đầu: {stage}</translation>
    </message>
    <message>
        <source>Re-assess ({stage}) from a copy of the last</source>
        <translation>Đánh giá lại ({stage}) từ bản sao lần trước</translation>
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
        <source>Save all to a file…</source>
        <translation>Lưu tất cả ra tệp…</translation>
    </message>
    <message>
        <source>Open the sample business</source>
        <translation>Mở cơ sở mẫu</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Lưu cơ sở ra tệp…</translation>
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
        <source>Merge with another business…</source>
        <translation>Gộp với cơ sở khác…</translation>
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
        <source>This business and all its assessments in one file, for a consultant or another computer</source>
        <translation>Cơ sở này và mọi lần đánh giá của nó trong một tệp, để gửi tư vấn viên hoặc mở trên máy khác</translation>
    </message>
    <message>
        <source>Every business and all their assessments in one file</source>
        <translation>Mọi cơ sở và mọi lần đánh giá của chúng trong một tệp</translation>
    </message>
    <message>
        <source>The same business entered twice: keep this entry and move every assessment of the other one here</source>
        <translation>Một cơ sở được nhập hai lần: giữ mục này và chuyển mọi lần đánh giá của mục kia sang đây</translation>
    </message>
    <message>
        <source>Choose a business in the list to see its assessments.</source>
        <translation>Chọn một cơ sở trong danh sách để xem các bài đánh giá.</translation>
    </message>
    <message>
        <source>A file saved with this business is refused on another computer. To correct: {fields}. Click “Edit”.</source>
        <translation>Tệp lưu ra có cơ sở này sẽ bị máy khác từ chối. Cần sửa: {fields}. Bấm “Sửa”.</translation>
    </message>
    <message>
        <source>{stage} is still a draft: open it with “Continue the draft” and complete it, then start {next}.</source>
        <translation>{stage} vẫn là bản nháp: hãy mở nó bằng “Tiếp tục bản nháp” và hoàn thành, rồi mới bắt đầu {next}.</translation>
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
    <name>CatalogUpdatesSection</name>
    <message>
        <source>Policy catalog updates</source>
        <translation>Cập nhật danh mục chính sách</translation>
    </message>
    <message>
        <source>Install an update…</source>
        <translation>Cài bản cập nhật…</translation>
    </message>
    <message>
        <source>Install a policy catalog update</source>
        <translation>Cài bản cập nhật danh mục chính sách</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Quay lại bản trước</translation>
    </message>
    <message>
        <source>Roll back the policy catalog</source>
        <translation>Quay lại bản danh mục chính sách trước</translation>
    </message>
    <message>
        <source>Publisher keys this app trusts:</source>
        <translation>Khóa của nhà phát hành mà ứng dụng tin cậy:</translation>
    </message>
    <message>
        <source>Trusted publisher keys</source>
        <translation>Khóa nhà phát hành được tin cậy</translation>
    </message>
    <message>
        <source>Trust a key…</source>
        <translation>Tin cậy khóa…</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Bỏ khóa</translation>
    </message>
    <message>
        <source>shipped with the app</source>
        <translation>đi kèm ứng dụng</translation>
    </message>
    <message>
        <source>installed update</source>
        <translation>bản cập nhật đã cài</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>đi kèm ứng dụng</translation>
    </message>
    <message>
        <source>Choose a policy catalog update</source>
        <translation>Chọn tệp cập nhật danh mục chính sách</translation>
    </message>
    <message>
        <source>Policy catalog update (*.cdscatalog);;All files (*)</source>
        <translation>Cập nhật danh mục chính sách (*.cdscatalog);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>This update cannot be installed</source>
        <translation>Không cài được bản cập nhật này</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask the publisher for a correct file.</source>
        <translation>Không có gì thay đổi. Hãy xin nhà phát hành tệp đúng.</translation>
    </message>
    <message>
        <source>This version is not newer than the one in use: installing it goes back to older information.</source>
        <translation>Phiên bản này không mới hơn bản đang dùng: cài nó là quay về thông tin cũ hơn.</translation>
    </message>
    <message>
        <source>Install this policy catalog update?</source>
        <translation>Cài bản cập nhật danh mục chính sách này?</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>No policy changes.</source>
        <translation>Không chính sách nào thay đổi.</translation>
    </message>
    <message>
        <source>In use: catalog {catalog}, version {version} ({source}).</source>
        <translation>Đang dùng: danh mục {catalog}, phiên bản {version} ({source}).</translation>
    </message>
    <message>
        <source>Information as of {as_of}; due for review by {review_by}.</source>
        <translation>Thông tin tính đến {as_of}; cần xem lại trước {review_by}.</translation>
    </message>
    <message>
        <source>Publisher: {publisher}</source>
        <translation>Nhà phát hành: {publisher}</translation>
    </message>
    <message>
        <source>added {added}</source>
        <translation>thêm ngày {added}</translation>
    </message>
    <message>
        <source>Catalog {catalog}, version {version} (in use now: version {active_version}).</source>
        <translation>Danh mục {catalog}, phiên bản {version} (đang dùng: phiên bản {active_version}).</translation>
    </message>
    <message>
        <source>Information as of {as_of}.</source>
        <translation>Thông tin tính đến {as_of}.</translation>
    </message>
    <message>
        <source>Signed by key: {key}</source>
        <translation>Ký bằng khóa: {key}</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Dấu vân tay: {fingerprint}</translation>
    </message>
    <message>
        <source>… and {count} more lines</source>
        <translation>… và {count} dòng nữa</translation>
    </message>
    <message>
        <source>Changes (+ added, − removed, ~ changed):</source>
        <translation>Thay đổi (+ thêm, − bỏ, ~ sửa):</translation>
    </message>
    <message>
        <source>Roll back the policy catalog?</source>
        <translation>Quay lại bản danh mục chính sách trước?</translation>
    </message>
    <message>
        <source>The previous installed version, or the catalog shipped with the app, is used again.</source>
        <translation>Ứng dụng dùng lại bản đã cài trước đó, hoặc danh mục đi kèm ứng dụng.</translation>
    </message>
    <message>
        <source>Nothing to roll back</source>
        <translation>Không có bản nào để quay lại</translation>
    </message>
    <message>
        <source>Choose the publisher&apos;s public key</source>
        <translation>Chọn khóa công khai của nhà phát hành</translation>
    </message>
    <message>
        <source>Public key (*.pem);;All files (*)</source>
        <translation>Khóa công khai (*.pem);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>This key cannot be trusted</source>
        <translation>Không tin cậy được khóa này</translation>
    </message>
    <message>
        <source>Name of the key</source>
        <translation>Tên của khóa</translation>
    </message>
    <message>
        <source>Who publishes with this key (e.g. Sở KH&amp;CN Quảng Trị)?</source>
        <translation>Ai phát hành bằng khóa này (ví dụ Sở KH&amp;CN Quảng Trị)?</translation>
    </message>
    <message>
        <source>Trust this key?</source>
        <translation>Tin cậy khóa này?</translation>
    </message>
    <message>
        <source>Packages signed with this key will be installed as policy catalog updates. Compare the fingerprint with the publisher (by phone or on paper) before you trust it.</source>
        <translation>Các gói ký bằng khóa này sẽ được cài làm bản cập nhật danh mục chính sách. Hãy so dấu vân tay với nhà phát hành (qua điện thoại hoặc trên giấy) trước khi tin cậy.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Tin cậy</translation>
    </message>
    <message>
        <source>Stop trusting this key?</source>
        <translation>Bỏ tin cậy khóa này?</translation>
    </message>
    <message>
        <source>Updates signed with &apos;{key}&apos; will no longer be installed or used.</source>
        <translation>Bản cập nhật ký bằng &apos;{key}&apos; sẽ không được cài hay dùng nữa.</translation>
    </message>
    <message>
        <source>This key cannot be removed</source>
        <translation>Không bỏ được khóa này</translation>
    </message>
</context>
<context>
    <name>ChartArea</name>
    <message>
        <source>Drawing the chart…</source>
        <translation>Đang vẽ biểu đồ…</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>completed</source>
        <translation>hoàn thành</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Tổng thể</translation>
    </message>
    <message>
        <source>There is only one assessment of this business. Start a re-assessment (T1, T2…) later to see what changed.</source>
        <translation>Cơ sở này mới có một lần đánh giá. Hãy đánh giá lại (T1, T2…) sau một thời gian để thấy những gì đã thay đổi.</translation>
    </message>
    <message>
        <source>Choose two different assessments to compare.</source>
        <translation>Hãy chọn hai lần đánh giá khác nhau để so sánh.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>DBI pillar</source>
        <translation>Trụ cột DBI</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Progress: {business}</source>
        <translation>Tiến bộ: {business}</translation>
    </message>
    <message>
        <source>Level {before} → {after}</source>
        <translation>Mức {before} → {after}</translation>
    </message>
    <message>
        <source>Level {level}, unchanged</source>
        <translation>Mức {level}, không đổi</translation>
    </message>
    <message>
        <source>Questions that moved ({up} up, {down} down)</source>
        <translation>Các câu hỏi thay đổi ({up} tăng, {down} giảm)</translation>
    </message>
    <message>
        <source>Compares the open assessment ({later}) with the one before it ({earlier}), as the report of {later} does.</source>
        <translation>So sánh lần đánh giá đang mở ({later}) với lần ngay trước nó ({earlier}), như báo cáo của {later}.</translation>
    </message>
    <message>
        <source>The open assessment ({earlier}) is the first one: it is compared with a later one ({later}).</source>
        <translation>Lần đánh giá đang mở ({earlier}) là lần đầu tiên: được so sánh với một lần sau ({later}).</translation>
    </message>
    <message>
        <source>Compares {later} with {earlier}.</source>
        <translation>So sánh {later} với {earlier}.</translation>
    </message>
    <message>
        <source>newly answered</source>
        <translation>mới trả lời</translation>
    </message>
    <message>
        <source>no longer counted</source>
        <translation>không còn được tính</translation>
    </message>
    <message>
        <source>Overall score at every stage</source>
        <translation>Điểm tổng thể qua các lần đánh giá</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Lần trước:</translation>
    </message>
    <message>
        <source>Later:</source>
        <translation>Lần sau:</translation>
    </message>
    <message>
        <source>Earlier assessment</source>
        <translation>Lần đánh giá trước</translation>
    </message>
    <message>
        <source>Later assessment</source>
        <translation>Lần đánh giá sau</translation>
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
        <source>Change by area</source>
        <translation>Thay đổi theo lĩnh vực</translation>
    </message>
    <message>
        <source>Change by DBI pillar</source>
        <translation>Thay đổi theo trụ cột DBI</translation>
    </message>
    <message>
        <source>Questions that moved</source>
        <translation>Các câu hỏi có thay đổi</translation>
    </message>
    <message>
        <source>Radar chart of both assessments</source>
        <translation>Biểu đồ radar của hai lần đánh giá</translation>
    </message>
    <message>
        <source>Chart of the overall score at every stage</source>
        <translation>Biểu đồ điểm tổng thể qua các lần đánh giá</translation>
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
        <source>Roadmap and support policies</source>
        <translation>Lộ trình và chính sách hỗ trợ</translation>
    </message>
    <message>
        <source>Choose or complete an assessment first: the steps to take next and the public support programmes the business may use are worked out from its profile and answers.</source>
        <translation>Hãy chọn hoặc hoàn thành một bài đánh giá trước: các bước nên làm tiếp theo và các chương trình hỗ trợ của Nhà nước mà cơ sở có thể dùng được xác định theo hồ sơ và câu trả lời.</translation>
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
        <source>The error was also written to the log file: {path}</source>
        <translation>Lỗi cũng đã được ghi vào tệp nhật ký: {path}</translation>
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
    <name>LevelRuleNote</name>
    <message>
        <source>How the overall level is set</source>
        <translation>Mức chung được tính thế nào</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Thu gọn</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Vì sao?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Edit a completed assessment?</source>
        <translation>Sửa một đánh giá đã hoàn thành?</translation>
    </message>
    <message>
        <source>This assessment is completed. Changing it changes its level, its plan and any comparison made with it. The date of the change is recorded.</source>
        <translation>Đánh giá này đã hoàn thành. Sửa nó sẽ thay đổi mức, lộ trình và mọi so sánh dùng đánh giá này. Ngày sửa sẽ được ghi lại.</translation>
    </message>
    <message>
        <source>Edit assessment</source>
        <translation>Sửa đánh giá</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Your last change is not saved yet; trying again every few seconds. Do not close the app until this message goes away.</source>
        <translation>Thay đổi gần nhất chưa được lưu; ứng dụng thử lưu lại sau mỗi vài giây. Đừng đóng ứng dụng cho đến khi thông báo này biến mất.</translation>
    </message>
    <message>
        <source>Your last change could not be saved. It is kept and saving is tried again every few seconds.</source>
        <translation>Thay đổi gần nhất chưa lưu được. Thay đổi vẫn được giữ và ứng dụng thử lưu lại sau mỗi vài giây.</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved.</source>
        <translation>Chỉ đọc: không lưu được thay đổi.</translation>
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
        <source>Open province workspace</source>
        <translation>Mở dữ liệu tỉnh</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Chưa thực hiện được</translation>
    </message>
    <message>
        <source>{stage} (draft)</source>
        <translation>{stage} (bản nháp)</translation>
    </message>
    <message>
        <source>{view} (Ctrl+{key})</source>
        <translation>{view} (Ctrl+{key})</translation>
    </message>
    <message>
        <source>Current business</source>
        <translation>Cơ sở đang chọn</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is wrong</source>
        <translation>Đồng hồ của máy tính bị sai</translation>
    </message>
    <message>
        <source>Until the clock is set, a new assessment is dated the day the policy catalog was checked (set the day of the visit on the assessor card), and backups are dated on from the newest one kept, as the clock cannot say when they are made.</source>
        <translation>Khi chưa chỉnh lại đồng hồ, lần đánh giá mới được đề ngày danh mục chính sách được đối chiếu (hãy sửa thành ngày của buổi đánh giá ở thẻ người đánh giá), còn bản sao lưu được đề ngày tiếp sau bản mới nhất đang giữ, vì đồng hồ không cho biết chúng được tạo lúc nào.</translation>
    </message>
    <message>
        <source>{business}: its latest assessment is the draft “{stage}” of {date}. Continue it here, or choose another assessment under Businesses.</source>
        <translation>{business}: lần đánh giá mới nhất là bản nháp “{stage}” ngày {date}. Tiếp tục ngay tại đây, hoặc chọn lần đánh giá khác trong mục Cơ sở kinh doanh.</translation>
    </message>
    <message>
        <source>Continue this draft</source>
        <translation>Tiếp tục bản nháp này</translation>
    </message>
    <message>
        <source>{business}: its latest assessment is “{stage}” of {date}, completed. Open it to see its answers and notes, or start a new one under Businesses.</source>
        <translation>{business}: lần đánh giá mới nhất là “{stage}” ngày {date}, đã hoàn thành. Mở để xem câu trả lời và ghi chú, hoặc bắt đầu lần mới trong mục Cơ sở kinh doanh.</translation>
    </message>
    <message>
        <source>Open this assessment</source>
        <translation>Mở lần đánh giá này</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Open province workspace…</source>
        <translation>Mở dữ liệu tỉnh…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>Your last change is still not saved. Close and lose it?</source>
        <translation>Thay đổi gần nhất vẫn chưa được lưu. Đóng và bỏ thay đổi đó?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Đóng, không lưu</translation>
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
        <source>Roadmap</source>
        <translation>Lộ trình</translation>
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
        <source>Questions still unanswered: {count}. Every question that applies needs an answer before the assessment can be completed. Choose one to go there:</source>
        <translation>Còn {count} câu hỏi chưa trả lời. Mọi câu hỏi áp dụng đều cần được trả lời trước khi hoàn thành đánh giá. Chọn một câu để đến đó:</translation>
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
    <name>NewAssessmentDialog</name>
    <message>
        <source>Starts from a copy of the answers of the last assessment ({stage}, {day}): change only what is different now. Its notes are not copied: write what you see today.</source>
        <translation>Bắt đầu từ bản sao các câu trả lời của lần đánh giá trước ({stage}, {day}): chỉ sửa những gì nay đã khác. Ghi chú không được chép: hãy ghi những gì thấy hôm nay.</translation>
    </message>
    <message>
        <source>A new assessment with no answers yet. The last one: {stage}, {day}.</source>
        <translation>Một lần đánh giá mới, chưa có câu trả lời. Lần trước: {stage}, {day}.</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <source>From the date of the last assessment. The computer&apos;s clock is wrong (it says {day}): choose the day of the visit.</source>
        <translation>Từ ngày của lần đánh giá trước. Đồng hồ của máy tính bị sai (đang chỉ {day}): hãy chọn ngày của buổi đánh giá.</translation>
    </message>
    <message>
        <source>From the date of the last assessment up to today.</source>
        <translation>Từ ngày của lần đánh giá trước đến hôm nay.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
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
    <name>PaperReview</name>
    <message>
        <source>Type of business</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Main sector</source>
        <translation>Lĩnh vực chính</translation>
    </message>
    <message>
        <source>Makes or processes goods</source>
        <translation>Tự sản xuất, chế biến hàng hóa</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <source>Revenue (đồng)</source>
        <translation>Doanh thu (đồng)</translation>
    </message>
    <message>
        <source>Total capital (đồng)</source>
        <translation>Tổng nguồn vốn (đồng)</translation>
    </message>
    <message>
        <source>Not relevant to us</source>
        <translation>Không liên quan</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>A name is needed</source>
        <translation>Cần tên cơ sở</translation>
    </message>
    <message>
        <source>Type the business name written on the form, or choose a stored business.</source>
        <translation>Gõ tên cơ sở ghi trên phiếu, hoặc chọn một cơ sở đã lưu.</translation>
    </message>
    <message>
        <source>Read paper forms: check and save</source>
        <translation>Đọc phiếu giấy: kiểm tra và lưu</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Mức {level}</translation>
    </message>
    <message>
        <source>Check the date</source>
        <translation>Kiểm tra ngày</translation>
    </message>
    <message>
        <source>{pages} read; {answers} read with certainty; {uncertain} to check below.</source>
        <translation>Đã đọc {pages}; {answers} đọc chắc chắn; {uncertain} mục cần kiểm tra bên dưới.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 trang</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} trang</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 câu trả lời</translation>
    </message>
    <message>
        <source>{count} answers</source>
        <translation>{count} câu trả lời</translation>
    </message>
    <message>
        <source>Missing pages: {pages} (their questions stay unanswered).</source>
        <translation>Thiếu trang: {pages} (các câu hỏi trên đó để trống).</translation>
    </message>
    <message>
        <source>New business, named:</source>
        <translation>Cơ sở mới, tên:</translation>
    </message>
    <message>
        <source>the name written on the form</source>
        <translation>tên ghi trên phiếu</translation>
    </message>
    <message>
        <source>Name of the new business</source>
        <translation>Tên cơ sở mới</translation>
    </message>
    <message>
        <source>A stored business:</source>
        <translation>Cơ sở đã lưu:</translation>
    </message>
    <message>
        <source>Stored business</source>
        <translation>Cơ sở đã lưu</translation>
    </message>
    <message>
        <source>Date written on the form:</source>
        <translation>Ngày ghi trên phiếu:</translation>
    </message>
    <message>
        <source>Date written on the form</source>
        <translation>Ngày ghi trên phiếu</translation>
    </message>
    <message>
        <source>The date in the form&apos;s Signatures section, the day it was filled in: the assessment is dated by it. Today if none is written.</source>
        <translation>Ngày ở mục Xác nhận của phiếu, ngày điền phiếu: lần đánh giá mang ngày này. Phiếu không ghi ngày: hôm nay.</translation>
    </message>
    <message>
        <source>This business&apos;s last assessment is dated {day}, a day that has not come: the computer that wrote it may have had a wrong clock, and the draft, which follows it, cannot be dated. Set that assessment&apos;s date on the assessor card (Assessment page) first.</source>
        <translation>Lần đánh giá gần nhất của cơ sở này đề ngày {day}, một ngày chưa đến: máy đã ghi có thể đặt sai đồng hồ, và bản nháp đi tiếp sau nó không thể đề ngày. Hãy sửa ngày của lần đánh giá đó ở thẻ người đánh giá (trang Đánh giá) trước.</translation>
    </message>
    <message>
        <source>The date in the form&apos;s Signatures section, the day it was filled in: the assessment is dated by it. If none is written: {day}, the day of this business&apos;s last assessment, which the draft follows and cannot be dated before.</source>
        <translation>Ngày ở mục Xác nhận của phiếu, ngày điền phiếu: lần đánh giá mang ngày này. Phiếu không ghi ngày: {day}, ngày của lần đánh giá gần nhất của cơ sở này, mà bản nháp đi tiếp sau và không thể đề ngày trước đó.</translation>
    </message>
    <message>
        <source>No box is marked.</source>
        <translation>Không có ô nào được đánh dấu.</translation>
    </message>
    <message>
        <source>Several boxes are marked.</source>
        <translation>Nhiều ô được đánh dấu.</translation>
    </message>
    <message>
        <source>A mark is struck out.</source>
        <translation>Có dấu bị gạch bỏ.</translation>
    </message>
    <message>
        <source>A mark is faint or unclear.</source>
        <translation>Có dấu mờ hoặc không rõ.</translation>
    </message>
    <message>
        <source>A digit column inside the number is empty: type the number.</source>
        <translation>Một cột chữ số giữa số bị bỏ trống: hãy gõ số.</translation>
    </message>
    <message>
        <source>Leave it unanswered</source>
        <translation>Để trống câu này</translation>
    </message>
    <message>
        <source>type the number (empty: unknown)</source>
        <translation>gõ số (để trống: chưa biết)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Save as a draft assessment</source>
        <translation>Lưu thành bản nháp đánh giá</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Read paper forms</source>
        <translation>Đọc phiếu giấy</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Bản quét và ảnh chụp (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>No page could be read</source>
        <translation>Không đọc được trang nào</translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation>Chưa lưu được bản nháp</translation>
    </message>
    <message>
        <source>The forms could not be read</source>
        <translation>Không đọc được phiếu</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Roadmap</source>
        <translation>Lộ trình</translation>
    </message>
    <message>
        <source>Support policies</source>
        <translation>Chính sách hỗ trợ</translation>
    </message>
</context>
<context>
    <name>PoliciesView</name>
    <message>
        <source>All categories</source>
        <translation>Tất cả hạng mục</translation>
    </message>
    <message>
        <source>Legal obligations</source>
        <translation>Nghĩa vụ pháp lý</translation>
    </message>
    <message>
        <source>Eligible: none yet</source>
        <translation>Đủ điều kiện: chưa có</translation>
    </message>
    <message>
        <source>To check: none</source>
        <translation>Cần kiểm tra: không có</translation>
    </message>
    <message>
        <source>Not eligible: none</source>
        <translation>Không đủ điều kiện: không có</translation>
    </message>
    <message>
        <source>None in this category.</source>
        <translation>Không có chính sách nào trong hạng mục này.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>1 support</source>
        <translation>1 chính sách hỗ trợ</translation>
    </message>
    <message>
        <source>1 legal obligation</source>
        <translation>1 nghĩa vụ pháp lý</translation>
    </message>
    <message>
        <source>No support in this category matches this business today.</source>
        <translation>Hôm nay chưa có chính sách hỗ trợ nào trong nhóm này phù hợp với cơ sở.</translation>
    </message>
    <message>
        <source>No support matches this business today.</source>
        <translation>Hôm nay chưa có chính sách hỗ trợ nào phù hợp với cơ sở này.</translation>
    </message>
    <message>
        <source>{catalog} (updated {updated})</source>
        <translation>{catalog} (cập nhật {updated})</translation>
    </message>
    <message>
        <source>Matched on {date} against: {catalogs}. Check with the agency before you apply: policies change.</source>
        <translation>Đối chiếu ngày {date} với: {catalogs}. Hãy hỏi lại cơ quan tiếp nhận trước khi nộp hồ sơ: chính sách có thể thay đổi.</translation>
    </message>
    <message>
        <source>Eligible ({count})</source>
        <translation>Đủ điều kiện ({count})</translation>
    </message>
    <message>
        <source>To check ({count})</source>
        <translation>Cần kiểm tra ({count})</translation>
    </message>
    <message>
        <source>Not eligible ({count})</source>
        <translation>Không đủ điều kiện ({count})</translation>
    </message>
    <message>
        <source>{count} supports</source>
        <translation>{count} chính sách hỗ trợ</translation>
    </message>
    <message>
        <source>{count} legal obligations</source>
        <translation>{count} nghĩa vụ pháp lý</translation>
    </message>
    <message>
        <source>Supports: {eligible} eligible, and {check} more that may apply after checking.</source>
        <translation>Hỗ trợ: {eligible} chính sách đủ điều kiện, và {check} chính sách khác có thể áp dụng sau khi kiểm tra (cần kiểm tra).</translation>
    </message>
    <message>
        <source>Supports: {eligible} eligible.</source>
        <translation>Hỗ trợ: {eligible} chính sách đủ điều kiện.</translation>
    </message>
    <message>
        <source>Supports: none certain yet; {check} may apply after checking their conditions.</source>
        <translation>Hỗ trợ: chưa có chính sách nào chắc chắn đủ điều kiện; {check} chính sách có thể áp dụng sau khi kiểm tra điều kiện (cần kiểm tra).</translation>
    </message>
    <message>
        <source>Legal obligations that apply to this business: {applies}; to check: {to_check}.</source>
        <translation>Nghĩa vụ pháp lý áp dụng cho cơ sở này: {applies}; cần kiểm tra: {to_check}.</translation>
    </message>
    <message>
        <source>Legal obligations that apply to this business: {applies}.</source>
        <translation>Nghĩa vụ pháp lý áp dụng cho cơ sở này: {applies}.</translation>
    </message>
    <message>
        <source>Legal obligations to check: {to_check}.</source>
        <translation>Nghĩa vụ pháp lý cần kiểm tra: {to_check}.</translation>
    </message>
    <message>
        <source>No legal obligation in the list applies.</source>
        <translation>Không có nghĩa vụ pháp lý nào trong danh sách áp dụng cho cơ sở.</translation>
    </message>
    <message>
        <source>PROPOSED</source>
        <translation>ĐANG ĐỀ XUẤT</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>CHƯA XÁC MINH</translation>
    </message>
    <message>
        <source>Estimated support</source>
        <translation>Hỗ trợ ước tính</translation>
    </message>
    <message>
        <source>Pays for</source>
        <translation>Chi trả cho</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>Cần xác nhận</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>chưa xác minh</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Cách đăng ký</translation>
    </message>
    <message>
        <source>Details: why, how to apply</source>
        <translation>Chi tiết: vì sao, cách đăng ký</translation>
    </message>
    <message>
        <source>Details of {policy}</source>
        <translation>Chi tiết về {policy}</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Nghĩa vụ pháp lý</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Hỗ trợ</translation>
    </message>
    <message>
        <source>up to {amount}</source>
        <translation>tối đa {amount}</translation>
    </message>
    <message>
        <source>not determined for this business</source>
        <translation>chưa xác định được cho cơ sở này</translation>
    </message>
    <message>
        <source>Support policies and obligations</source>
        <translation>Chính sách hỗ trợ và nghĩa vụ</translation>
    </message>
    <message>
        <source>Pays for:</source>
        <translation>Chi trả cho:</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Lọc theo hạng mục</translation>
    </message>
</context>
<context>
    <name>ProvinceView</name>
    <message>
        <source>Province — {folder}</source>
        <translation>Tỉnh — {folder}</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Latest stage of each business</source>
        <translation>Đợt mới nhất của mỗi cơ sở</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Khu vực ngành</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Quy mô</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Đợt</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Nhóm theo</translation>
    </message>
    <message>
        <source>Summary by group</source>
        <translation>Tổng hợp theo nhóm</translation>
    </message>
    <message>
        <source>Level distribution</source>
        <translation>Phân bố mức</translation>
    </message>
    <message>
        <source>Pillar means by sector</source>
        <translation>Điểm trung bình trụ cột theo ngành</translation>
    </message>
    <message>
        <source>Working out the figures</source>
        <translation>Đang tính số liệu</translation>
    </message>
    <message>
        <source>{rows} rows in the workspace. Completed assessments only; cells with fewer than {minimum} businesses are hidden (&lt;{minimum}).</source>
        <translation>Dữ liệu tỉnh có {rows} dòng. Chỉ tính đánh giá đã hoàn thành; ô có dưới {minimum} cơ sở bị ẩn (&lt;{minimum}).</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Mức {level}</translation>
    </message>
    <message>
        <source>{count} drafts not counted.</source>
        <translation>{count} bản nháp không được tính.</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Điểm trung bình</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Trung vị</translation>
    </message>
    <message>
        <source>T0 → later pairs</source>
        <translation>Cặp T0 → đợt sau</translation>
    </message>
    <message>
        <source>Mean uplift</source>
        <translation>Tăng điểm trung bình</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Hiện cột </translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Nhập một giá trị:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Clear the other ticks?</source>
        <translation>Bỏ các lựa chọn đã đánh dấu?</translation>
    </message>
    <message>
        <source>Clear them</source>
        <translation>Bỏ các lựa chọn đó</translation>
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
        <source>Level {level}</source>
        <translation>Mức {level}</translation>
    </message>
    <message>
        <source>&quot;{option}&quot; cannot be combined with other options: choosing it clears the {count} options ticked now.</source>
        <translation>“{option}” không đi cùng lựa chọn khác: chọn mục này sẽ bỏ {count} lựa chọn đang được đánh dấu.</translation>
    </message>
    <message>
        <source>Full: {used} / {limit} characters</source>
        <translation>Đã đầy: {used} / {limit} ký tự</translation>
    </message>
    <message>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} ký tự</translation>
    </message>
    <message>
        <source>Question {number} · {topic}</source>
        <translation>Câu {number} · {topic}</translation>
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
        <source>Tick every option that applies; mark an option &quot;not relevant to us&quot; if the business has no use for it (it is then left out of the score):</source>
        <translation>Đánh dấu mọi lựa chọn đúng với cơ sở; lựa chọn nào cơ sở không cần đến thì đánh dấu &quot;Không liên quan&quot; (lựa chọn đó không được tính vào điểm):</translation>
    </message>
    <message>
        <source>Not relevant to us</source>
        <translation>Không liên quan</translation>
    </message>
    <message>
        <source>{topic}: {option}: not relevant to us</source>
        <translation>{topic}: {option}: không liên quan đến cơ sở</translation>
    </message>
    <message>
        <source>{topic}: notes</source>
        <translation>{topic}: ghi chú</translation>
    </message>
    <message>
        <source>{topic}: clear answer</source>
        <translation>{topic}: xóa câu trả lời</translation>
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
        <source>Clear answer</source>
        <translation>Xóa câu trả lời</translation>
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message>
        <source>This assessment is completed. It is shown as it was answered and cannot be changed by accident.</source>
        <translation>Đánh giá này đã hoàn thành. Câu trả lời được giữ nguyên, không thể bị thay đổi do bấm nhầm.</translation>
    </message>
    <message>
        <source>Asks first; the date of the change is recorded</source>
        <translation>Sẽ hỏi lại trước; ngày sửa được ghi lại</translation>
    </message>
    <message>
        <source>Digital transformation assessment</source>
        <translation>Đánh giá chuyển đổi số</translation>
    </message>
    <message>
        <source>{area} · Question {number}: {topic}</source>
        <translation>{area} · Câu {number}: {topic}</translation>
    </message>
    <message>
        <source>{answered} of {total} answered</source>
        <translation>Đã trả lời {answered}/{total}</translation>
    </message>
    <message>
        <source>{answered} of {total} questions answered</source>
        <translation>Đã trả lời {answered}/{total} câu hỏi</translation>
    </message>
    <message>
        <source>{stage} · {business}</source>
        <translation>{stage} · {business}</translation>
    </message>
    <message>
        <source>Edit assessment</source>
        <translation>Sửa đánh giá</translation>
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
        <source>← Previous area</source>
        <translation>← Lĩnh vực trước</translation>
    </message>
    <message>
        <source>Previous area: {keys}</source>
        <translation>Lĩnh vực trước: {keys}</translation>
    </message>
    <message>
        <source>Next area →</source>
        <translation>Lĩnh vực tiếp theo →</translation>
    </message>
    <message>
        <source>Next area: {keys}</source>
        <translation>Lĩnh vực tiếp theo: {keys}</translation>
    </message>
    <message>
        <source>Areas of the questionnaire</source>
        <translation>Các lĩnh vực của bộ câu hỏi</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Making the PDF report…</source>
        <translation>Đang tạo báo cáo PDF…</translation>
    </message>
    <message>
        <source>The blank questionnaire is saved: {path} (printout {printout})</source>
        <translation>Đã lưu phiếu khảo sát trống: {path} (bản in {printout})</translation>
    </message>
    <message>
        <source>{count} printouts of the blank questionnaire are saved in one file, each starting on a new sheet: {path}. Printouts: {printouts}</source>
        <translation>Đã lưu {count} bản in phiếu khảo sát trống trong một tệp, mỗi bản bắt đầu ở tờ mới: {path}. Mã các bản in: {printouts}</translation>
    </message>
    <message>
        <source>Making the blank questionnaire…</source>
        <translation>Đang tạo phiếu khảo sát trống…</translation>
    </message>
    <message>
        <source>Making the questionnaire for {business}…</source>
        <translation>Đang tạo phiếu khảo sát cho {business}…</translation>
    </message>
    <message>
        <source>The questionnaire for {business} is saved: {path} (printout {printout})</source>
        <translation>Đã lưu phiếu khảo sát cho {business}: {path} (bản in {printout})</translation>
    </message>
    <message>
        <source>Reading the paper forms…</source>
        <translation>Đang đọc phiếu giấy…</translation>
    </message>
    <message>
        <source>Saving the assessment file…</source>
        <translation>Đang lưu tệp đánh giá…</translation>
    </message>
    <message>
        <source>Writing the province table…</source>
        <translation>Đang ghi bảng tổng hợp của tỉnh…</translation>
    </message>
    <message>
        <source>The report is open in your PDF viewer: print it from there (Ctrl+P).</source>
        <translation>Báo cáo đã mở trong trình xem PDF: hãy in từ đó (Ctrl+P).</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the blank questionnaire</source>
        <translation>Lưu phiếu khảo sát trống</translation>
    </message>
    <message>
        <source>Number of printouts of the blank questionnaire</source>
        <translation>Số bản in phiếu khảo sát trống</translation>
    </message>
    <message>
        <source>blank-questionnaire</source>
        <translation>phieu-khao-sat-trong</translation>
    </message>
    <message>
        <source>Save the assessment file</source>
        <translation>Lưu tệp đánh giá</translation>
    </message>
    <message>
        <source>Assessment files (*.json)</source>
        <translation>Tệp đánh giá (*.json)</translation>
    </message>
    <message>
        <source>Save the province table</source>
        <translation>Lưu bảng tổng hợp của tỉnh</translation>
    </message>
    <message>
        <source>cds-assessments</source>
        <translation>danh-gia-cds</translation>
    </message>
    <message>
        <source>The export did not work</source>
        <translation>Không xuất được tệp</translation>
    </message>
    <message>
        <source>Report and files</source>
        <translation>Báo cáo và tệp</translation>
    </message>
    <message>
        <source>The report is saved: {path}</source>
        <translation>Đã lưu báo cáo: {path}</translation>
    </message>
    <message>
        <source>The assessment file is saved: {path}</source>
        <translation>Đã lưu tệp đánh giá: {path}</translation>
    </message>
    <message>
        <source>The table is saved: {path}</source>
        <translation>Đã lưu bảng: {path}</translation>
    </message>
    <message>
        <source>Save the questionnaire for this business</source>
        <translation>Lưu phiếu khảo sát cho cơ sở này</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Không thực hiện được: {reason}</translation>
    </message>
    <message>
        <source>For {business}: {stage}.</source>
        <translation>Cho {business}: {stage}.</translation>
    </message>
    <message>
        <source>Choose an assessment under Businesses to make its report. The blank questionnaire and the province table need none.</source>
        <translation>Hãy chọn một lần đánh giá ở mục Cơ sở để tạo báo cáo. Phiếu khảo sát trống và bảng tổng hợp của tỉnh không cần chọn.</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Báo cáo PDF</translation>
    </message>
    <message>
        <source>Results, roadmap, support policies and every answer, ready to print and sign. Earlier assessments of the business are compared.</source>
        <translation>Kết quả, lộ trình, chính sách hỗ trợ và mọi câu trả lời, sẵn sàng để in và ký. Có so sánh với các lần đánh giá trước của cơ sở.</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Ngôn ngữ của báo cáo:</translation>
    </message>
    <message>
        <source>Save the PDF report…</source>
        <translation>Lưu báo cáo PDF…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Blank questionnaire</source>
        <translation>Phiếu khảo sát trống</translation>
    </message>
    <message>
        <source>Every question with its six levels and tick boxes, to fill in on paper. Scans or phone photos of a filled form are read back into a draft assessment; you check every unclear mark. Each printout has its own id in the page footer: one printout per business, never a photocopy; for several businesses, print as many printouts.</source>
        <translation>Mọi câu hỏi với sáu mức và ô đánh dấu, để điền trên giấy. Bản quét hoặc ảnh chụp phiếu đã điền được đọc lại thành bản nháp đánh giá; bạn kiểm tra mọi dấu chưa rõ. Mỗi bản in có mã riêng ở chân trang: mỗi cơ sở một bản in, không dùng bản photo; đi nhiều cơ sở thì in đủ số bản.</translation>
    </message>
    <message>
        <source>For {business}: its name and tax code printed on the form, and the form read back onto it.</source>
        <translation>Cho {business}: tên và mã số thuế in sẵn trên phiếu, phiếu đọc lại vào đúng cơ sở này.</translation>
    </message>
    <message>
        <source>Printouts:</source>
        <translation>Số bản in:</translation>
    </message>
    <message>
        <source>Save the blank questionnaire (PDF)…</source>
        <translation>Lưu phiếu khảo sát trống (PDF)…</translation>
    </message>
    <message>
        <source>Save the questionnaire for this business (PDF)…</source>
        <translation>Lưu phiếu khảo sát cho cơ sở này (PDF)…</translation>
    </message>
    <message>
        <source>Read paper forms…</source>
        <translation>Đọc phiếu giấy…</translation>
    </message>
    <message>
        <source>Assessment files</source>
        <translation>Tệp đánh giá</translation>
    </message>
    <message>
        <source>Carry an assessment to another computer: save it as a file there, then import it. Importing checks every file first and changes nothing if one is wrong.</source>
        <translation>Mang một lần đánh giá sang máy khác: lưu thành tệp, rồi nhập tệp đó ở máy kia. Khi nhập, mọi tệp được kiểm tra trước; nếu có tệp sai thì không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Save the assessment file…</source>
        <translation>Lưu tệp đánh giá…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <source>Province table</source>
        <translation>Bảng tổng hợp của tỉnh</translation>
    </message>
    <message>
        <source>One row per assessment of every business on this computer, with the scores by area, for the provincial statistics.</source>
        <translation>Mỗi lần đánh giá của mọi cơ sở trên máy này là một dòng, kèm điểm theo lĩnh vực, phục vụ thống kê của tỉnh.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>Anonymise (leave out names, tax codes, contacts and addresses)</source>
        <translation>Ẩn danh (bỏ tên, mã số thuế, người liên hệ và địa chỉ)</translation>
    </message>
    <message>
        <source>Save the table…</source>
        <translation>Lưu bảng…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Đang xử lý</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Tiến bộ qua các lần</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Your plan</source>
        <translation>Lộ trình của bạn</translation>
    </message>
    <message>
        <source>No step to propose: every answer is at the level the plan aims for.</source>
        <translation>Không có bước nào cần đề xuất: mọi câu trả lời đã đạt mức mà lộ trình hướng tới.</translation>
    </message>
    <message>
        <source>No public support found for this step: the business pays for it.</source>
        <translation>Chưa tìm thấy hỗ trợ công cho bước này: cơ sở tự chi trả.</translation>
    </message>
    <message>
        <source>What the business does best</source>
        <translation>Làm tốt nhất</translation>
    </message>
    <message>
        <source>See the whole plan</source>
        <translation>Xem toàn bộ lộ trình</translation>
    </message>
    <message>
        <source>Make the PDF report</source>
        <translation>Tạo báo cáo PDF</translation>
    </message>
    <message>
        <source>First steps of the plan</source>
        <translation>Các bước đầu tiên của lộ trình</translation>
    </message>
    <message>
        <source>Provisional: no overall level yet</source>
        <translation>Tạm tính: chưa có mức chung</translation>
    </message>
    <message>
        <source>The level is given once every applicable question is answered.</source>
        <translation>Mức chung có khi mọi câu hỏi áp dụng đã được trả lời.</translation>
    </message>
    <message>
        <source>Results: {business}, {stage}</source>
        <translation>Kết quả: {business}, {stage}</translation>
    </message>
    <message>
        <source>Provisional score: {score} / 100</source>
        <translation>Điểm tạm tính: {score}/100</translation>
    </message>
    <message>
        <source>Overall level {level}</source>
        <translation>Mức chung {level}</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Mức {level}</translation>
    </message>
    <message>
        <source>Overall score: {score} / 100</source>
        <translation>Điểm chung: {score}/100</translation>
    </message>
    <message>
        <source>Provisional: {percent} of the applicable questions answered. The figures so far count the answered ones only; an area or pillar with fewer than half of its questions answered has no level.</source>
        <translation>Tạm tính: đã trả lời {percent} số câu áp dụng. Các con số hiện chỉ tính trên các câu đã trả lời; lĩnh vực hoặc trụ cột có dưới một nửa số câu được trả lời thì chưa có mức.</translation>
    </message>
    <message>
        <source>Nothing to show yet: answer some questions first.</source>
        <translation>Chưa có gì để hiển thị: hãy trả lời một số câu hỏi trước.</translation>
    </message>
    <message>
        <source>Start with these {count} steps</source>
        <translation>Bắt đầu với {count} bước này</translation>
    </message>
    <message>
        <source>Support that can pay for it: {policy}</source>
        <translation>Hỗ trợ có thể chi trả: {policy}</translation>
    </message>
    <message>
        <source>level {level}/5</source>
        <translation>mức {level}/5</translation>
    </message>
    <message>
        <source>step {step} of the plan</source>
        <translation>bước {step} của lộ trình</translation>
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
        <source>Scores by DBI pillar</source>
        <translation>Điểm theo trụ cột DBI</translation>
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
        <translation>Không có bước nào: mọi câu trả lời đã đạt mục tiêu.</translation>
    </message>
    <message>
        <source>Start with these {count} steps</source>
        <translation>Bắt đầu với {count} bước này</translation>
    </message>
    <message>
        <source>{phase}: {count} more steps</source>
        <translation>{phase}: thêm {count} bước</translation>
    </message>
    <message>
        <source>LEGAL OBLIGATION</source>
        <translation>NGHĨA VỤ PHÁP LÝ</translation>
    </message>
    <message>
        <source>Can be funded by</source>
        <translation>Có thể được hỗ trợ bởi</translation>
    </message>
    <message>
        <source>No matching support found.</source>
        <translation>Chưa tìm thấy chính sách hỗ trợ phù hợp.</translation>
    </message>
    <message>
        <source>level {level} → {target}</source>
        <translation>mức {level} → {target}</translation>
    </message>
    <message>
        <source>effort {effort}</source>
        <translation>công sức {effort}</translation>
    </message>
    <message>
        <source>cost {cost}</source>
        <translation>chi phí {cost}</translation>
    </message>
    <message>
        <source>Keep level {level} (no step)</source>
        <translation>Giữ mức {level} (không có bước)</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Mức {level}</translation>
    </message>
    <message>
        <source>Target level for: {area}</source>
        <translation>Mức mục tiêu cho: {area}</translation>
    </message>
    <message>
        <source>No support pays for this kind of step.</source>
        <translation>Không có chính sách hỗ trợ nào chi trả cho loại việc này.</translation>
    </message>
    <message>
        <source>Next level (automatic)</source>
        <translation>Mức kế tiếp (tự động)</translation>
    </message>
    <message>
        <source>Hide targets</source>
        <translation>Ẩn mục tiêu</translation>
    </message>
    <message>
        <source>Set targets…</source>
        <translation>Đặt mục tiêu…</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Lộ trình</translation>
    </message>
    <message>
        <source>One step for each answer below its target, most useful first. Legal obligations and quick wins come in the first three months. Each step lists the supports that can pay for it.</source>
        <translation>Mỗi câu trả lời chưa đạt mục tiêu là một bước, bước có ích nhất đứng trước. Nghĩa vụ pháp lý và việc làm nhanh được xếp vào ba tháng đầu. Mỗi bước kèm các chính sách hỗ trợ có thể chi trả.</translation>
    </message>
    <message>
        <source>Target level per question</source>
        <translation>Mức mục tiêu của từng câu hỏi</translation>
    </message>
    <message>
        <source>For consultants: by default each answer aims one level higher. Choose a higher target, or keep a level to leave it out of the roadmap. Targets are saved with the assessment.</source>
        <translation>Dành cho chuyên gia tư vấn: mặc định mỗi câu trả lời hướng tới mức cao hơn một bậc. Chọn mục tiêu cao hơn, hoặc giữ nguyên mức để bỏ câu đó khỏi lộ trình. Mục tiêu được lưu cùng lần đánh giá.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>{score} / 100</source>
        <translation>{score}/100</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Mức {level}</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Chưa có câu trả lời</translation>
    </message>
    <message>
        <source>No level yet</source>
        <translation>Chưa có mức</translation>
    </message>
    <message>
        <source>{score} / 100, no level yet</source>
        <translation>{score}/100, chưa có mức</translation>
    </message>
    <message>
        <source>{score} / 100, level {level}</source>
        <translation>{score}/100, mức {level}</translation>
    </message>
    <message>
        <source>{area}: {score}</source>
        <translation>{area}: {score}</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>chưa có câu trả lời</translation>
    </message>
    <message>
        <source>Provisional score</source>
        <translation>Điểm tạm tính</translation>
    </message>
    <message>
        <source>Counts the questions answered so far; the level comes once every question is answered.</source>
        <translation>Chỉ tính các câu đã trả lời; mức chung có khi mọi câu đã được trả lời.</translation>
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
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>A version of the data is kept every time it changes: the last 10, one per hour for the last day, one per day for the last month, and the one before every deletion, import, data upgrade or restore. Restoring brings back the businesses and assessments as they were then.</source>
        <translation>Mỗi lần dữ liệu thay đổi, một phiên bản được giữ lại: 10 lần gần nhất, mỗi giờ một bản trong ngày qua, mỗi ngày một bản trong tháng qua, và bản ngay trước mỗi lần xóa, nhập, nâng cấp dữ liệu hay khôi phục. Khôi phục sẽ đưa các cơ sở và đánh giá về như lúc đó.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Các bản sao lưu, mới nhất trước</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>No backups yet: each time the data changes, the version before the change is kept here.</source>
        <translation>Chưa có bản sao lưu nào: mỗi lần dữ liệu thay đổi, bản trước khi thay đổi được giữ lại ở đây.</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Khôi phục bản đã chọn…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Khôi phục bản sao lưu đã chọn</translation>
    </message>
    <message>
        <source>About CĐS Desktop</source>
        <translation>Giới thiệu CĐS Desktop</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Ứng dụng</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Phiên bản ứng dụng</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Bộ câu hỏi</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Phiên bản bộ câu hỏi</translation>
    </message>
    <message>
        <source>Policy catalog</source>
        <translation>Danh mục chính sách</translation>
    </message>
    <message>
        <source>Policy catalog versions</source>
        <translation>Phiên bản danh mục chính sách</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Xây dựng trên</translation>
    </message>
    <message>
        <source>Python and Qt versions</source>
        <translation>Phiên bản Python và Qt</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>On save</source>
        <translation>Khi lưu</translation>
    </message>
    <message>
        <source>Before a data upgrade</source>
        <translation>Trước khi nâng cấp dữ liệu</translation>
    </message>
    <message>
        <source>Before a deletion</source>
        <translation>Trước khi xóa</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Trước khi nhập tệp</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Trước khi gộp</translation>
    </message>
    <message>
        <source>CĐS Desktop, version {version}</source>
        <translation>CĐS Desktop, phiên bản {version}</translation>
    </message>
    <message>
        <source>{name}: {id}, version {version}, released {released}</source>
        <translation>{name}: {id}, phiên bản {version}, phát hành {released}</translation>
    </message>
    <message>
        <source>{name}: {id}, version {version}, updated {updated}</source>
        <translation>{name}: {id}, phiên bản {version}, cập nhật {updated}</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. The DejaVu and Noto Emoji fonts used in reports have their own free licences:</source>
        <translation>Phần mềm tự do theo giấy phép MIT. Phông chữ DejaVu và Noto Emoji dùng trong báo cáo có giấy phép tự do riêng:</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>First assessment (T0)</source>
        <translation>Lần đánh giá đầu (T0)</translation>
    </message>
    <message>
        <source>Re-assessment {number} ({stage})</source>
        <translation>Đánh giá lại lần {number} ({stage})</translation>
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
