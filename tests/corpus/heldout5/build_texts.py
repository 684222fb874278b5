# Writes h5-NN.txt (verbatim paragraphs) and h5-NN-mut.txt (one number token changed).
import unicodedata, os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["01"] = [
"Trên địa bàn tỉnh, tổng kế hoạch vốn đầu tư công năm 2022 đã giao 6.287,322 tỷ đồng; tính đến ngày 31/8/2022, khối lượng thực hiện đạt 2.933 tỷ đồng, bằng 46,6% kế hoạch, giải ngân đạt 2.844 tỷ đồng, đạt 45,2% kế hoạch. Trong đó, kế hoạch vốn đầu tư công năm 2022: đã phân bổ 5.564,5 tỷ đồng, khối lượng thực hiện đạt 2.603 tỷ đồng, bằng 46,8% kế hoạch (cao hơn cùng kỳ 3,2%), số vốn giải ngân đạt 2.537 tỷ đồng, 45,6% kế hoạch (cao hơn cùng kỳ 3%). Cụ thể, nguồn ngân sách tỉnh: kế hoạch vốn 4.417,2 tỷ đồng, khối lượng thực hiện 2.313 tỷ đồng, đạt 52,4% kế hoạch, số vốn giải ngân 2.257 tỷ đồng, đạt 51,1% kế hoạch; Nguồn ngân sách Trung ương: kế hoạch vốn 1.147,3 tỷ đồng, khối lượng thực hiện 290 tỷ đồng, đạt 25,3% kế hoạch, số vốn giải ngân 280 tỷ đồng, đạt 24,4% kế hoạch...",
"Tổng số vốn năm 2021 được kéo dài thời gian thực hiện và giải ngân sang năm 2022: 722,9 tỷ đồng, khối lượng thực hiện 330 tỷ đồng, đạt 45,7% kế hoạch, số vốn giải ngân 307 tỷ đồng, đạt 42,5% kế hoạch.",
]
T["02"] = [
"Tổng kế hoạch đầu tư công năm 2022 được UBND tỉnh giao tại Quyết định số 3626/QĐ-UBND ngày 10/12/2021 là 5.861.264 triệu đồng. Trong đó, ngân sách trung ương 1.404.126 triệu đồng, ngân sách tỉnh 4.457.138 triệu đồng. Đến nay, đã phân bổ hơn 5.023.546 triệu đồng, đạt 85,7%; trong đó, ngân sách trung ương phân bổ 1.213.570 triệu đồng đạt 86,4%, vốn ngân sách địa phương 3.837.535 triệu đồng, đạt 86,1%.",
]
T["03"] = [
"Thanh tra tỉnh cho biết, năm 2022, toàn ngành tiếp tục thực hiện 19 cuộc thanh tra hành chính năm 2021 chuyển sang và triển khai 193/193 cuộc thanh tra, đạt tỷ lệ 100% kế hoạch năm và thực hiện 51 cuộc thanh tra đột xuất.",
"Theo đó, đã ban hành 193 kết luận thanh tra (có 19 kết luận thanh tra năm 2021 chuyển sang), phát hiện sai phạm gần 50,4 tỷ đồng và 148.355,7m2 đất tại 600 đơn vị, cá nhân được thanh tra.",
"Chánh Thanh tra tỉnh Nguyễn Đức Tiến cho biết, số kết luận thanh tra phải thực hiện trong năm 2022 là 276 kết luận (kể cả kết luận thanh tra các năm trước chuyển sang); trong đó có 56 kết luận thanh tra được kiểm tra trực tiếp. Đến nay, có 157 kết luận thanh tra đã hoàn thành, 119 kết luận thanh tra chưa hoàn thành.",
"Theo đó, đã thu hồi nộp ngân sách nhà nước gần 16 tỷ đồng (thu hồi sai phạm của các đoàn thanh tra đã ban hành kết luận trong niên độ báo cáo năm 2022 hơn 10,5 tỷ đồng và đôn đốc thu hồi sai phạm các năm trước chuyển sang gần 5,4 tỷ đồng).",
"Đã xử lý kiểm điểm rút kinh nghiệm 185 tập thể, 291 cá nhân; khiển trách 3 cá nhân và cảnh cáo 1 cá nhân/245 tập thể, 312 cá nhân có liên quan đến sai phạm (kể cả các tập thể và cá nhân của năm trước chuyển sang theo dõi xử lý); chưa xử lý 60 tập thể, 17 cá nhân...",
]
T["04"] = [
"(Xây dựng) - Tổng cục Hải quan vừa công bố quý I cả nước có 11 tỉnh thành đạt kim ngạch xuất khẩu từ 1 tỷ USD trở lên. Đó là: Bắc Giang, Bắc Ninh, Bình Dương, Đồng Nai, Hà Nội, Hải Dương, Hải Phòng, Long An, Tây Ninh, TP.HCM và Thái Nguyên; với tổng kim ngạch lên tới gần 49,35 tỷ USD, chiếm tới 78% tổng kim ngạch xuất khẩu cả nước trong quý I.",
"So với cùng kỳ năm 2019, số tỉnh thành đạt kim ngạch “tỷ đô” tăng thêm 1, là Tây Ninh với gần 1,094 tỷ USD, tăng 9,8%. TP.HCM vẫn duy trì dẫn đầu với trị giá 10,5 tỷ USD, tăng 14,6% so với cùng kỳ năm ngoái; đóng góp tới 16,6% tổng kim ngạch xuất khẩu cả nước trong quý I. Bắc Ninh có kim ngạch lớn thứ 2 cả nước với 8,06 tỷ USD, tăng thêm hơn 450 triệu USD so với cùng kỳ năm 2019. Hải Phòng đạt kim ngạch xuất khẩu 3,922 tỷ USD, tăng gần 1,05 tỷ USD so với cùng kỳ 2019.",
"Trong khi hầu hết các địa phương có kim ngạch xuất khẩu tăng so với cùng kỳ, thì Hà Nội và Thái Nguyên lại bị sụt giảm. Cụ thể, Thái Nguyên bị sụt giảm mạnh tới hơn 400 triệu USD, từ mức 7,362 tỷ USD của quý I năm ngoái xuống còn 6,951 tỷ USD. Hà Nội giảm từ mức 3,354 tỷ USD của quý I năm ngoái xuống còn 3,15 tỷ USD.",
]
T["05"] = [
"Số doanh nghiệp gia nhập và tái gia nhập thị trường trong Quý I/2023 đạt 56.946 doanh nghiệp, giảm 5,4% so với cùng kỳ năm 2022, gấp 1,3 lần mức bình quân doanh nghiệp gia nhập và tái gia nhập thị trường giai đoạn 2018-2022 (45.494 doanh nghiệp).",
"Số doanh nghiệp thành lập mới trong Quý I/2023 là 33.905 doanh nghiệp, gấp 1,1 lần mức bình quân giai đoạn 2018-2022 (29.767 doanh nghiệp) nhưng giảm 2% so với cùng kỳ năm 2022. Số vốn đăng ký thành lập trong Quý I/2023 đạt 310.331 tỷ đồng, giảm 34,1% so với cùng kỳ năm 2022.",
"Tổng số vốn đăng ký bổ sung vào nền kinh tế trong Quý I/2023 là 756.728 tỷ đồng (giảm 35,8% so với cùng kỳ năm 2022), trong đó, số vốn đăng ký của doanh nghiệp thành lập mới là 310.331 tỷ đồng (giảm 34,1% so với cùng kỳ năm 2022). Có 10.618 doanh nghiệp đang hoạt động đăng ký tăng vốn trong Quý I/2023 (giảm 10% so với cùng kỳ năm 2022), số vốn đăng ký tăng thêm của các doanh nghiệp đang hoạt động đạt 446.398 tỷ đồng (giảm 36,8% so với cùng kỳ năm 2022). Vốn đăng ký bình quân trên một doanh nghiệp trong Quý I/2023 đạt 9,2 tỷ đồng, giảm 32,8% so với cùng kỳ năm 2022.",
]
T["06"] = [
"Theo Bộ LĐ-TBXH, kết quả rà soát hộ nghèo, hộ cận nghèo năm 2022 cho thấy, tỷ lệ nghèo đa chiều chung toàn quốc là 7,52% với tổng số hộ nghèo và hộ cận nghèo đa chiều là 1.972.767 hộ.",
"Theo đó, tỷ lệ nghèo đa chiều theo các vùng như sau: Trung du và miền núi phía Bắc 21,92% với 701.461 hộ; Đồng bằng sông Hồng 2,45% với 169.566 hộ; Bắc Trung bộ và duyên hải miền Trung 10,04% với 571.251 hộ; Tây Nguyên 15,39% với 236.766 hộ; Đông Nam Bộ 0,34% với 15.787 hộ; Đồng bằng sông Cửu Long 5,73% với 277.936 hộ.",
"Tỷ lệ hộ nghèo chung cả nước 4,03% với 1.057.374 hộ phân theo các khu vực như sau: Trung du và miền núi phía Bắc 14,23% với 455.271 hộ; Đồng bằng sông Hồng 1,00% với 69.239 hộ; Bắc Trung bộ và duyên hải miền Trung 4,99% với 284.137 hộ; Tây Nguyên 8,39% với 129.160 hộ; Đông Nam Bộ 0,21% với 9.710 hộ; Đồng bằng sông Cửu Long 2,26% với 109.767 hộ.",
"Tỷ lệ hộ cận nghèo chung cả nước 3,49% với tổng số 915.274 hộ phân theo khu vực như sau: Trung du và miền núi phía Bắc 7,69% với 246.190 hộ; Đồng bằng sông Hồng 1,45% với 100.237 hộ; Bắc Trung bộ và duyên hải miền Trung 5,05% với 287.114 hộ; Tây Nguyên 6,99% với 107.487 hộ; Đông Nam Bộ 0,13% với 6.077 hộ; Đồng bằng sông Cửu Long 3,46% với 168.169 hộ.",
]
T["07"] = [
"BHG - Theo báo cáo hoạt động của Ngân hàng Chính sách xã hội tỉnh, tính đến 30.9, tổng nguồn vốn đạt 3.579 tỷ 654 triệu đồng, tăng 331 tỷ 273 triệu đồng so với đầu năm, tỷ lệ tăng đạt 9,9%. Trong đó, nguồn từ Trung ương chuyển về là 3.135 tỷ 793 triệu đồng, tăng 244 tỷ 898 triệu đồng; nguồn nhận uỷ thác từ ngân sách địa phương là 131 tỷ 918 triệu đồng, tăng 56 tỷ 620 triệu đồng, hoàn thành 707% kế hoạch năm; vốn huy động của tổ chức, cá nhân và tiền gửi thông qua tổ tiết kiệm và vay vốn là 312 tỷ 033 triệu đồng, tăng 29 tỷ 755 triệu đồng. Tổng dư nợ đạt 3.569 tỷ 659 triệu đồng/85.579 khách hàng, tăng 331 tỷ 910 triệu đồng so với đầu năm, tỷ lệ tăng 10,3%; dư nợ bình quân 41,7 triệu đồng/hộ. Doanh số cho vay đạt 948 tỷ 879 triệu đồng với 21.876 lượt hộ vay vốn. Doanh số thu nợ đạt 616 tỷ 577 triệu đồng. Nợ quá hạn 3 tỷ 396 triệu đồng, chiếm tỷ lệ 0,1% tổng dư nợ, giảm 116 triệu đồng so với đầu năm.",
]
T["08"] = [
"Theo báo cáo của Tổng cục Thủy sản, năm 2022, tốc độ tăng giá trị sản xuất thủy sản tăng 3,0% so với năm 2021, tổng sản lượng đạt 9,06 triệu tấn, tăng 3,1% so với năm 2021 (8,79 triệu tấn), trong đó sản lượng sản lượng khai thác đạt 3,86 triệu tấn, giảm 1,8% so với năm 2021 (3,93 triệu tấn), chưa đạt chỉ tiêu theo kế hoạch (giảm còn khoảng 3,72 triệu tấn), nuôi trồng đạt 5,19 triệu tấn, tăng 7% với năm 2021 (4,85 triệu tấn) và 3,7% theo kế hoạch (5 triệu tấn).",
"Các chỉ tiêu đều đạt vượt mức Chiến lược xây dựng và phát triển ngành thủy sản đề ra. Kim ngạch xuất khẩu thủy sản năm 2022 ước đạt kỷ lục khoảng 11 tỷ USD, tăng 23,8% so với cùng kỳ năm 2021 (8,89 tỷ USD), tăng 22,2% so kế hoạch (9,0 tỷ USD). Trong đó kim ngạch xuất khẩu: Tôm nước lợ đạt 4,1-4,2 tỷ USD (tăng khoảng 13% so với năm 2021); cá tra đạt 2,35 tỷ USD (tăng khoảng 70% so với năm 2021).",
]
T["09"] = [
"Trong tuần đầu thực hiện cao điểm đảm bảo trật tự an toàn giao thông dịp Tết 2023 (từ ngày 15/11/2022 đến ngày 21/11/2022), tai nạn giao thông đã giảm cả 3 tiêu về số vụ tai nạn, số người chết, số người bị thương so với tuần liền kề trước đó. Theo đó, cả nước đã xảy ra 199 vụ tai nạn giao thông, làm chết 99 người, bị thương 163 người. So với tuần liền kề trước đó giảm 49 vụ (-19,76%), giảm 34 người chết (-25,56%), giảm 40 người bị thương (-19,70%). Tất cả các vụ tai nạn giao thông đều xảy ra trên đường bộ; TNGT đường sắt, đường thủy nội địa: không xảy ra.",
]
T["10"] = [
"Theo BHXH Việt Nam, năm 2017 có 168 triệu lượt khám chữa bệnh BHYT tăng 14% so với năm 2016, trong đó số lượt khám chữa bệnh ngoại trú là 152,8 triệu lượt tăng 15%; số lượt khám chữa bệnh nội trú là 15,3 triệu lượt tăng 9% so với năm 2016. Về số chi Quỹ BHYT, năm 2017 chi quỹ tăng 30% so với năm 2016. Năm 2016, tần suất khám chữa bệnh BHYT là 1,9 lượt khám/thẻ/năm, năm 2017 con số này tăng lên 2,1 lượt/thẻ/năm. Trong đó tần suất khám chữa bệnh nội trú năm 2017 tăng 0,01 lượt. Như vậy, số người tham gia BHYT năm 2017 tăng hơn 4 triệu so với năm liền trước, nhưng số lượt khám chữa bệnh tăng hơn 21 triệu lượt.",
]
T["11"] = [
"Được biết, Hà Tĩnh có 85/96 em dự thi và đạt giải, chiếm tỷ lệ 88,5%(trong đó có 03 giải nhất, 27 Giải Nhì, 32 Giải Ba, 23 Giải Khuyến khích), đứng đầu cả nước. Tiếp sau là Nghệ An với tỷ lệ 88,24%, Phú Thọ 85%, Hải Phòng 83,33%...",
"Đáng tự hào, một số đội tuyển của Hà Tĩnh có 100% học sinh tham gia dự thi đạt giải như: Đội tuyển Ngữ Văn, Địa lý, Lịch sử, Vật lý… Trong đó có 03 học sinh đạt giải Nhất (Phan Văn Đức Nhật - Giải Nhất môn Toán, Trần Thị Kim Chi - Giải Nhất môn Tiếng Pháp, Lê Thị Hiếu Ngân – Giải Nhất môn Lịch sử) đều là học sinh Trường THPT Chuyên Hà Tĩnh.",
"Với kết quả này, thông tin ban đầu cho biết, Hà Tĩnh sẽ có 08 học sinh ở các Đội tuyển Toán (04 học sinh), Vật Lý (02 học sinh), Tin học (01 học sinh), Sinh học (01 học sinh) được gọi vào đội dự tuyển thi Quốc tế./.",
]
T["12"] = [
"Trong 10 tháng năm 2023, công an thành phố đã phát hiện, đấu tranh khám phá 1.853 vụ vi phạm về ma túy, so với cùng kỳ tăng 826 vụ - tương ứng 80,43%; bắt 4.021 đối tượng, so với cùng kỳ tăng 654 đổi tượng - tương ứng 19,42%.",
"Lực lượng chức năng thu giữ khoảng 806 kg ma túy các loại; 1.200ml dung dịch có chứa ma túy; 88,8 kg tiền chất cùng nhiều công cụ, phương tiện hoạt động phạm tội khác có liên quan.",
"Qua đó, đã khởi tố 1.566 vụ với 2.467 bị can; xử lý hành chính 254 vụ với 1.505 đối tượng; xử lý khác 33 vụ với 49 đối tượng.",
]
T["13"] = [
"Tại Hà Tĩnh, tăng trưởng bình quân toàn ngành nông nghiệp năm 2021 ước đạt trên 3,78%; tổng giá trị sản xuất nông, lâm, thủy sản (theo giá so sánh) ước đạt 13.478 tỷ đồng (tăng 3,12% so với năm 2020). Tổng sản lượng lương thực toàn tỉnh lần đầu tiên đạt trên 63 vạn tấn (đạt 108% kế hoạch), tăng hơn 5,19 vạn tấn so với năm 2020. Đặc biệt, sản xuất lúa vụ xuân và vụ hè thu đều được mùa toàn diện, năng suất bình quân đạt 55,30 tạ/ha (tăng 3,89 tạ/ha so với năm 2020, tương đương 7,6%). Trong năm 2022, ngành nông nghiệp đặt mục tiêu: tổng giá trị sản xuất nông lâm thủy sản (theo giá so sánh) đạt trên 13.828 tỷ đồng (trong đó, nông nghiệp 11.255 tỷ đồng, lâm nghiệp 788 tỷ đồng và thủy sản 1.785 tỷ đồng); giá trị sản xuất trên đơn vị diện tích đạt trên 96 triệu đồng/ha.",
]
T["14"] = [
"Ủy ban MTTQ Việt Nam các cấp đã phối hợp với các tổ chức thành viên, các ngành liên quan đẩy mạnh công tác chăm lo đời sống cho các hộ nghèo, cận nghèo vùng đồng bào dân tộc thiểu số. Năm 2015 (theo chuẩn nghèo áp dụng cho giai đoạn 2011-2015) hộ nghèo vùng đồng bào dân tộc thiểu số có 2.215 hộ, chiếm tỷ lệ 10,88%; hộ cận nghèo 1.923 hộ, chiếm tỷ lệ 9,44%. Giai đoạn 2016-2020 (theo chuẩn nghèo tiếp cận đa chiều): Đầu năm 2016, toàn tỉnh có 17.162 hộ nghèo, chiếm 5,81%; 11.658 hộ cận nghèo, chiếm 3,95%; thì vùng đồng bào dân tộc thiểu số có 4.250 hộ nghèo, chiếm 19,98% và 1.913 hộ cận nghèo, chiếm 8,99%. Đến đầu năm 2020, toàn tỉnh còn 6.323 hộ nghèo, chiếm 1,92%; 15.173 hộ cận nghèo, chiếm 4,61%; trong đó, hộ nghèo vùng đồng bào dân tộc thiểu số có 1.705 hộ, chiếm 6,96% so với tổng số hộ đồng bào dân tộc thiểu số và chiếm 26,97% so với tổng số hộ nghèo toàn tỉnh; hộ cận nghèo có 3.139 hộ, chiếm 12,82% so với tổng số hộ đồng bào dân tộc thiểu số và chiếm 20,69% so với tổng số hộ cận nghèo toàn tỉnh. Như vậy, kết quả giảm nghèo đến đầu năm 2020 (so với năm 2016) là 2.545 hộ, tương ứng giảm 13,02% (bình quân giảm trên 3,25%/năm).",
]
T["15"] = [
"Khách du lịch đến Lâm Đồng trong tháng 7/2017, đạt khoảng 530 ngàn lượt, tăng 3,9% so với cùng kỳ năm 2016. Trong đó, khách quốc tế khoảng 32 ngàn lượt, tăng 11,6% và khách nội địa ước 498 ngàn lượt, tăng 3,5% so với cùng kỳ năm 2016.",
"Tính chung 7 tháng đầu năm 2017, khách du lịch đến Lâm Đồng đạt khoảng 3.484 ngàn lượt, tăng 8% so với cùng kỳ, đạt 59,6% kế hoạch năm). Trong đó, khách quốc tế 229.880 lượt, tăng 34,7% so với cùng kỳ, đạt 58,9% kế hoạch năm và khách nội địa 3.254.120 lượt, tăng 6,5% so với cùng kỳ, đạt 59,6% kế hoạch năm. Khách qua lưu trú đạt 2.321.753 lượt, tăng 14,31% so với cùng kỳ và đạt 59,5% kế hoạch năm.",
"Theo số liệu thống kê của Phòng Quản lý Xuất nhập cảnh, trong 6 tháng đầu năm 2017, khách quốc tế đến Lâm Đồng đạt 197.878 lượt, tăng 39,32% so với cùng kỳ năm trước.",
]
T["16"] = [
"Tổng giá trị sản xuất một số ngành chủ yếu ước đạt gần 4.200 tỷ đồng, tăng 4,55% so cùng kỳ. Trong đó, giá trị sản xuất thương mại - dịch vụ ước gần 1.900 tỷ đồng, tăng hơn 7,8%; công nghiệp - xây dựng ước gần 2.000 tỉ đồng, tăng gần 2,2%; nông, lâm, thuỷ sản ước gần 300 tỷ đồng, tăng hơn 0,7% so cùng kỳ.",
"Tổng thu ngân sách Nhà nước trên địa bàn 6 tháng ước đạt hơn 181 tỷ đồng (gần 52%) so dự toán tỉnh giao. Thực hiện vốn đầu tư công năm 2023 trên 212 tỷ đồng, đến nay, Thị xã đã giao và phân bổ chi tiết hơn 202 tỷ đồng, đạt gần 95,3% kế hoạch; tỷ lệ giải ngân vốn đầu tư công ước thực hiện 6 tháng gần 130 tỷ đồng, đạt hơn 60,5% kế hoạch, tăng gần 10% so cùng kỳ.",
]
# mutants: file -> (line, exact old substring with context, new substring)
MUT = {
 "01": (1, "đạt 45,2% kế hoạch", "đạt 52,6% kế hoạch"),
 "04": (1, "có 11 tỉnh thành", "có 13 tỉnh thành"),
 "05": (3, "đạt 9,2 tỷ đồng", "đạt 10,7 tỷ đồng"),
 "07": (1, "dư nợ bình quân 41,7 triệu", "dư nợ bình quân 48,6 triệu"),
 "08": (2, "(9,0 tỷ USD)", "(10,4 tỷ USD)"),
 "09": (1, "(-25,56%)", "(-29,87%)"),
 "10": (1, "tăng hơn 21 triệu lượt", "tăng hơn 25 triệu lượt"),
 "11": (1, "chiếm tỷ lệ 88,5%(", "chiếm tỷ lệ 76,4%("),
 "12": (3, "xử lý hành chính 254 vụ", "xử lý hành chính 293 vụ"),
 "14": (1, "chiếm 6,96% so với", "chiếm 8,12% so với"),
 "16": (2, "đạt gần 95,3% kế hoạch", "đạt gần 81,6% kế hoạch"),
}
def write(name, lines):
    s = "\n".join(unicodedata.normalize("NFC", l) for l in lines) + "\n"
    with open(os.path.join(D, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(s)
for k, lines in T.items():
    write(f"h5-{k}.txt", lines)
for k, (ln, old, new) in MUT.items():
    lines = list(T[k])
    assert lines[ln-1].count(old) == 1, (k, old)
    lines[ln-1] = lines[ln-1].replace(old, new)
    write(f"h5-{k}-mut.txt", lines)
print("ok", len(T), len(MUT))
