import unicodedata, json
P = {}
P['h6-01'] = ["Số xã đạt chuẩn nông thôn mới: Đến cuối năm 2018 có thêm 14 xã hoàn thành 19/19 tiêu chí:; Quảng Phước, Quảng Vinh, Quảng Thọ (Quảng Điền); Phú Hải, Phú Hồ (Phú Vang); A Ngo (A Lưới); Hương Toàn, Hải Dương (Hương Trà); Thủy Bằng, Phú Sơn (Hương Thủy), Phong Hòa, Điền Hải (Phong Điền), Lộc Trì, Vinh Mỹ (Phú Lộc) đưa tổng số xã đạt chuẩn toàn tỉnh lên 44 xã /104 xã, tương ứng tỷ lệ 42,31%. - Số xã đạt từ 15-18 tiêu chí : 29 xã, tỷ lệ 28% - Số xã đạt 10-14 tiêu chí : 28 xã, tỷ lệ 27% - Số xã đạt 8-9 tiêu chí : 3 xã, tỷ lệ 2,9% - Số xã dưới 8 tiêu chí : Không có. Số tiêu chí bình quân/xã: 16,13 tiêu chí, tăng 0,4 tiêu chí/xã so với năm 2017."]
P['h6-02'] = ["Theo Bộ Nông nghiệp và Phát triển nông thôn, tính đến nay, cả nước đã có 4.806 xã (53,99%) đạt chuẩn nông thôn mới (NTM), tăng 0,66% so tháng 10.",
"Bình quân cả nước đạt 15,66 tiêu chí/xã, không còn xã dưới 5 tiêu chí; có 111/664 đơn vị cấp huyện thuộc 40 tỉnh, thành phố trực thuộc T.Ư (tăng 1 đơn vị so tháng 10) đã được Thủ tướng Chính phủ công nhận hoàn thành nhiệm vụ/đạt chuẩn NTM, chiếm khoảng 16,4% tổng số đơn vị cấp huyện của cả nước."]
P['h6-03'] = ["BDK.VN - Năm 2020, các cơ quan chức năng toàn tỉnh tiếp hơn 3,5 ngàn lượt người, trong đó, tiếp thường xuyên 2,87 ngàn lượt và hơn 660 lượt tiếp đột xuất.",
"Các cơ quan chức năng tỉnh tiếp nhận tổng số 2,22 ngàn đơn (tăng hơn 690 đơn so với năm 2019). Trong đó, có 1.474 đơn đủ điều kiện xử lý gồm: 420 khiếu nại, 26 tố cáo và 1.028 phản ánh, kiến nghị.",
"Cơ quan chức năng đã giải quyết theo thẩm quyền 1.398/1.474 đơn, đạt tỷ lệ 94,84%, gồm: 396 khiếu nại, 25 tố cáo và 977 kiến nghị, phản ánh; đang tiến hành thẩm tra, xác minh 76 đơn (24 khiếu nại, 1 tố cáo và 51 kiến nghị, phản ánh)."]
P['h6-04'] = ["6 tháng đầu năm 2019, toàn tỉnh nhận được hơn 1.300 lượt đơn thư KNTC của công dân, giảm 723 lượt so với cùng kỳ (tương đương 35%). Trong 613 lượt đơn thư đủ điều kiện xử lý, có 386 đơn thuộc thẩm quyền giải quyết của các cơ quan hành chính Nhà nước các cấp.",
"Tính đến cuối tháng 6/2019, toàn tỉnh đã xem xét, giải quyết 339/386 đơn thư, đạt tỷ lệ 87,8%, số đơn thư còn lại đang trong thời hạn giải quyết. Trong quá trình giải quyết, cơ quan chức năng đã kiến nghị thu hồi gần 100 triệu đồng và nhiều tài sản khác nộp ngân sách Nhà nước."]
P['h6-05'] = ["Tính đến cuối tháng 8, tăng trưởng tín dụng của các tổ chức tín dụng (TCTD), chi nhánh ngân hàng nước ngoài trên địa bàn tỉnh đạt 10,73%, cao hơn so với cùng kỳ năm trước 0,51% và cao hơn tăng trưởng tín dụng toàn ngành là 1,06%. Phấn đấu đến cuối năm tăng trưởng tín dụng trên địa bàn đạt từ 18-20% theo kế hoạch đề ra.",
"Cụ thể, dư nợ cho vay của các TCTD đạt 36.804 tỷ đồng, tăng 10,73% so với cuối năm 2015, ước đến cuối tháng 9 đạt 37.200 tỷ đồng. Trong đó, cho vay phát triển nông nghiệp, nông thôn là 10.194 tỷ đồng, tăng 16,36%, chiếm tỷ trọng 24,9%/tổng dư nợ, với 175.971 khách hàng đang vay. Trong số này, cho vay đầu tư xây dựng nông thôn mới là 5.970 tỷ đồng, với 114.475 hộ dân, 103 doanh nghiệp và 10 hợp tác xã còn dư nợ. Về nguồn vốn huy động, các TCTD huy động được 36.582 tỷ đồng, tăng 13,48% so với cuối năm 2015, tăng 27,29% so với cùng kỳ năm trước. Ước đến 30-9 đạt 36.900 tỷ đồng. Với việc thực hiện quyết liệt và đồng bộ nhiều giải pháp, các TCTD trên địa bàn đã giảm được đáng kể số nợ xấu so với tháng trước, từ 303 tỷ đồng, chiếm 0,83%/tổng dư nợ, xuống còn 288 tỷ đồng, chiếm 0,78%/tổng dư nợ."]
P['h6-06'] = ["Đến nay, tổng dư nợ các nguồn vốn vay của Phòng Giao dịch Ngân hàng Chính sách xã hội huyện đạt gần 486,6 tỷ đồng, với 10.447 hộ vay. Trong số này, vốn vay hộ nghèo số tiền trên 2,6 tỷ đồng; vốn học sinh, sinh viên số tiền gần 20,6 tỷ đồng; vốn giải quyết việc làm hơn 232 tỷ đồng; vốn nước sạch và vệ sinh môi trường hơn 123 tỷ đồng; vốn doanh nghiệp vừa và nhỏ hơn 48 tỷ đồng; vốn hộ cận nghèo trên 55,6 tỷ đồng; vốn vay nhà ở xã hội hơn 4 tỷ đồng.",
"Trong khi đó, nợ quá hạn của Phòng Giao dịch Ngân hàng Chính sách xã hội huyện gần 820 triệu đồng; tỷ lệ nợ quá hạn chiếm 0,16% tổng nguồn vốn vay của Phòng Giao dịch."]
P['h6-07'] = ["Theo thống kê của Bảo hiểm Xã hội (BHXH) Việt Nam, đến ngày 6/9/2021, cả nước có 14.844.857 người tham gia BHXH, đạt 83,89% kế hoạch. Trong đó, BHXH bắt buộc có 13.662.083 người tham gia; BHXH tự nguyện có 1.182.774 người tham gia; bảo hiểm y tế có 85.243.768 người tham gia - đạt tỷ lệ bao phủ 87,33% dân số."]
P['h6-08'] = ["Theo Bảo hiểm xã hội (BHXH) tỉnh, số người tham gia bảo hiểm y tế (BHYT) toàn tỉnh đến ngày 23.11.2021 là 1.427.535 người (đạt 98,31 kế hoạch BHXH Việt Nam giao).",
"Số người tham gia cần phát triển để đạt kế hoạch BHXH Việt Nam giao là 24.515 người. Có 3 huyện đã hoàn thành chỉ tiêu BHXH tỉnh giao là Quế Sơn (100,12%), Nam Giang (100,93%), Bắc Trà My (100,18%).",
"Một số huyện còn số người cần phải vận động tham gia BHYT theo chỉ tiêu giao khá cao, như Nông Sơn còn 5.505 người, Hội An 3.216 người, Núi Thành 2.939 người, Duy Xuyên 2.686 người, Thăng Bình 2.101 người..."]
P['h6-09'] = ["KTĐT - Cục Phòng Cháy chữa cháy và Cứu nạn, cứu hộ (Bộ Công an) vừa cho biết: Theo tin báo cáo từ các địa phương, trong 9 ngày Tết (từ ngày 9/2 đến ngày 17/2), cả nước xảy ra 77 vụ cháy, làm chết 2 người, bị thương 4 người.",
"Về tài sản thiệt hại khoảng 7,2 tỷ đồng và 1.500m2 cây bụi, thảm thực bì rừng.",
"Cục PCCC & CNCH cho biết, so với 9 ngày đầu Tết năm 2012, số vụ cháy giảm 20,6% (77/97 vụ); thiệt hại về người chết không tăng không giảm (2/2), người bị thương tăng 2 người (4/2), thiệt hại tài sản giảm 30,1% (7,2/10,3 tỷ đồng).",
"Được biết, tình hình cháy giảm rõ rệt cả về số vụ và thiệt hại về tài sản so với Tết Nhâm Thìn 2012. Đặc biệt, trong 3 ngày đầu Tết Quý Tỵ, số vụ cháy giảm 51,2% so với 3 ngày đầu Tết năm 2012."]
P['h6-10'] = ["Hiện, theo thống kê của Chi cục Chăn nuôi & Thú y, toàn thành phố có 936 trang trại chăn nuôi.",
"Trong đó, có 163 trang trại lợn (13 trang trại quy mô lớn, 65 trang trại quy mô vừa, 85 trang trại quy mô nhỏ), 773 trang trại gia cầm (202 trang trại quy mô vừa, 571 trang trại quy mô nhỏ), chiếm 51,82% tổng đàn lợn và 51,14% tổng đàn gia cầm toàn thành phố. Trong khi đó, chăn nuôi quy mô nông hộ đạt 40.366 hộ, trong số đó có 11.460 hộ/40.366 hộ chăn nuôi lợn.",
"Tháng 10 vừa qua, tổng đàn gia súc, gia cầm trên địa bàn thành phố phát triển ổn định. Tổng đàn lợn đạt 150.282 con, tăng 0,66% so với cùng kỳ năm 2021; đàn gia cầm đạt 8.657,55 nghìn con, bằng 98,01%; đàn bò ước đạt 7.980 con, bằng 94,79%; đàn trâu 4.143 con, bằng 96,01% so cùng kỳ.",
"Tổng sản lượng thịt hơi trong tháng ước đạt 8.679,89 tấn, tăng 5,43% so cùng kỳ. Trong đó, thịt lợn đạt 2.012,77 tấn, tăng 2,54%; thịt gia cầm đạt 6.033 tấn, bằng 101,63%; sản lượng trứng ước đạt 35.152,7 nghìn quả, bằng 109,85% so cùng kỳ. Lũy kế 10 tháng qua, tổng sản lượng thịt hơi của thành phố ước đạt 83.899,49 tấn; tăng 1,91% so cùng kỳ.",
"Trong đó, thịt lợn đạt 25.261,15 tấn; tăng 28,69% so cùng kỳ; thịt gia cầm đạt 56.658,11 tấn; bằng 97,92% cùng kỳ; tổng sản lượng trứng ước đạt 265.417,3 nghìn quả, bằng 97,04% so cùng kỳ."]
P['h6-11'] = ["Ban Kinh doanh Tập đoàn Điện lực Việt Nam (EVN) cho biết, kết thúc quý II/2017, sản lượng điện thương phẩm toàn Tập đoàn ước đạt 82,9 tỷ kWh.",
"Trong đó, điện thương phẩm nội địa ước đạt 82,2 tỷ kWh, tăng 8,78%.",
"Tổng công ty Điện lực miền Bắc là đơn vị có sản lượng điện thương phẩm tăng cao nhất toàn Tập đoàn trong nửa đầu năm 2017 với 26,6 tỷ kWh, tăng 12,3%. Tổng công ty Điện lực miền Nam đạt 29 tỷ kWh, tăng 8,61%; Tổng công ty Điện lực miền Trung đạt 7,6 tỷ kWh, tăng 6,4%; Tổng công ty Điện lực TP. Hà Nội đạt 7,5 tỷ kWh, tăng 6,58%; Tổng công ty Điện lực TP. HCM đạt 11 tỷ kWh, tăng 2,89%.",
"Tính theo thành phần phụ tải, điện cấp cho công nghiệp - xây dựng chiếm tỷ trọng 54,6%, tăng trưởng 11,8%; quản lý tiêu dùng chiếm 33,1%, chỉ tăng 3,73%; thương mại, khách sạn, nhà hàng chiếm 5,4%, tăng trưởng 9%; điện cấp cho nông nghiệp chiếm 2,6%, tăng trưởng 15,2% và các hoạt động khác chiếm 4,3%, chỉ tăng 1,6%."]
P['h6-12'] = ["+ Khách du lịch nghỉ qua đêm do các cơ sở lưu trú phục vụ: 1.986.344 lượt người (trong đó khách quốc tế là 1.091.459)",
"+ Khách du lịch trong ngày do các cơ sở lưu trú phục vụ: 262.327 lượt người.",
"+ Số lượt khách do các cơ sở lưu trú phục vụ: 2.248.671 lượt người.",
"+ Số lượt khách do các cơ sở lữ hành phục vụ: 113.722 lượt người."]
P['h6-13'] = ["Thống kê của Bộ cho hay, cả nước có 879.705 thí sinh dự thi lấy kết quả xét công nhận tốt nghiệp THPT, trong đó có 810.382 thí sinh giáo dục THPT và 69.323 thí sinh giáo dục thường xuyên (GDTX).",
"Tỷ lệ tốt nghiệp chung toàn quốc đạt 97,57%, trong đó, giáo dục THPT đạt 98,36%, GDTX đạt 88,37%."]
P['h6-14'] = ["Ngày 16-7, thông tin từ Cục Quản lý chất lượng Bộ GD&ĐT, dữ liệu phân tích điểm thi THPT quốc gia năm 2019 cho thấy tỉ lệ tốt nghiệp THPT trên cả nước đạt 94,06%, giảm 3,51% so với năm 2018 (97,57%).",
"Nam Định vẫn giữ vị trí cao khi có tỉ lệ tốt nghiệp cao nhất cả nước với 98,57%, giảm 0,63% so với năm 2018. Còn tại Sơn La, tỉ lệ tốt nghiệp THPT chỉ đạt 71,97%, giảm 25,32% so với năm ngoái.",
"Tại Hà Tĩnh, tỉ lệ đỗ tốt nghiệp đạt 96,87%, giảm 2,13% so với năm 2018.Tỉnh Nghệ An, tỉ lệ đỗ tốt nghiệp THPT đạt 95,24%, giảm 2% so với năm 2018. Đồng Nai đạt tỉ lệ tốt nghiệp 92,77%, giảm gần 4,3% so với năm ngoái..."]
P['h6-15'] = ["Theo báo cáo của Cục Thống kê, Bộ Tài chính, 4 tháng đầu năm nay, chỉ số sản xuất công nghiệp (IIP) ước tính tăng 8,4% so với cùng kỳ năm trước. Đây cũng là mức tăng cao thứ hai kể từ năm 2021 đến nay.",
"Đóng góp chính vào mức tăng trưởng chung là ngành chế biến, chế tạo với mức tăng 10,1%, đóng góp 8,5 điểm %. Ngoài ra, ngành sản xuất và phân phối điện tăng 5,1%, đóng góp 0,5 điểm %; ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải tăng 10,2%, đóng góp 0,1 điểm %; ngành khai khoáng giảm 4,5%, làm giảm 0,7 điểm %.",
"So với cùng kỳ năm trước, IIP 4 tháng đầu năm nay tăng ở 62 địa phương, duy nhất tỉnh Bà Rịa - Vũng Tàu giảm 3,2%. Một số địa phương có chỉ số IIP đạt mức tăng khá nhờ ngành công nghiệp chế biến, chế tạo; ngành sản xuất và phân phối điện tăng cao."]
P['h6-16'] = ["Xã có 8 thôn, 869 hộ với 3.427 nhân khẩu, 1980 lao động, chiếm 57,77 %. Cơ cấu các dân tộc: Dân tộc Thái 3395 người, chiếm 99,09 %; dân tộc Mường 28 người, chiếm 0,8 %; dân tộc Kinh 3 người, chiếm 0,08 %; dân tộc khác 1 người, chiếm 0,03 %. Tỷ lệ lao động nông nghiệp tương đối cao, chủ yếu là người dân tộc, nguồn thu nhập chính là từ nông nghiệp, nhưng bình quân đất nông nghiệp cho 01 lao động lại rất thấp. Đất rừng còn diện tích khá lớn nhưng chất lượng rừng kém, chủ yếu rà rừng hỗn giao, tre, nứa và một số rừng nghèo mới được khoanh nuôi tái sinh nên khả năng khai thác và tận thu sản phẩm để nâng cao thu nhập cho người lao động rất hạn chế.",
"Tỷ lệ hộ nghèo cao chiếm 26,58 %, hộ cận nghèo chiếm 24,86 %. Dân cư phân bố rải rác không tập trung, trình độ dân trí chưa cao và chưa đồng đều. Thu, chi ngân sách trên địa bàn chủ yếu là sự đầu tư, hỗ trợ của Nhà nước."]
# mutants: (file, line, old_substring, new_substring)
M = {
 'h6-03': (3, "25 tố cáo và 977 kiến nghị", "25 tố cáo và 851 kiến nghị"),
 'h6-04': (1, "(tương đương 35%)", "(tương đương 41%)"),
 'h6-05': (2, "xuống còn 288 tỷ đồng", "xuống còn 331 tỷ đồng"),
 'h6-06': (1, "gần 486,6 tỷ đồng", "gần 563,8 tỷ đồng"),
 'h6-08': (2, "là 24.515 người", "là 28.931 người"),
 'h6-09': (3, "(77/97 vụ)", "(77/112 vụ)"),
 'h6-11': (4, "quản lý tiêu dùng chiếm 33,1%", "quản lý tiêu dùng chiếm 38,4%"),
 'h6-12': (3, "2.248.671 lượt người", "2.608.458 lượt người"),
 'h6-13': (2, "GDTX đạt 88,37%", "GDTX đạt 76,14%"),
 'h6-14': (1, "giảm 3,51% so với", "giảm 4,07% so với"),
 'h6-15': (2, "đóng góp 8,5 điểm %", "đóng góp 7,3 điểm %"),
 'h6-16': (1, "28 người, chiếm 0,8 %", "28 người, chiếm 0,7 %"),
}
def norm(lines):
    out=[unicodedata.normalize('NFC', l).strip() for l in lines]
    return "\n".join(out)+"\n"
for k,v in P.items():
    open(f"{k}.txt","w",encoding="utf-8",newline="\n").write(norm(v))
for k,(ln,a,b) in M.items():
    lines=list(P[k]); assert lines[ln-1].count(a)==1,(k,a); lines[ln-1]=lines[ln-1].replace(a,b)
    open(f"{k}-mut.txt","w",encoding="utf-8",newline="\n").write(norm(lines))
print("ok")
